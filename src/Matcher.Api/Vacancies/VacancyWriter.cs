using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Storage;

namespace Matcher.Api.Vacancies;

/// <summary>
/// A chamber's writes to its vacancies, the one place the API and the web pages go through: validation, the unique
/// external id, the transaction with its audit line, and the region's in-memory state.
/// </summary>
public sealed class VacancyWriter(VacancyInputValidator validator, RegionRepository repository, AuditTrail audit, RegionStore region)
{
    public WriteResult<VacancyView> Create(VacancyInput input, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new FieldErrors();
        var vacancy = validator.Validate(input, PublicIds.New(PublicIds.Vacancy), errors);
        if (vacancy is null) return WriteResult.Invalid<VacancyView>(errors);
        var externalId = VacancyInputValidator.ExternalIdOf(input)!;
        using var write = region.BeginWrite();
        if (repository.FindVacancyByExternalId(write.Connection, write.Transaction, caller.OrganisationId, externalId) is { } existing)
            return WriteResult.Conflict<VacancyView>(existing.Id);
        var stored = new StoredVacancy(vacancy, caller.OrganisationId, externalId);
        repository.InsertVacancy(write.Connection, write.Transaction, stored);
        audit.Change(write.Connection, write.Transaction, caller, "vacancy.create", "vacancy", vacancy.Id, externalId);
        write.Commit(s => s.With(stored));
        return WriteResult.Done<VacancyView>(VacancyView.Of(stored));
    }

    public WriteResult<VacancyView> Replace(string id, VacancyInput input, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        if (region.Current.FindVacancy(id) is not { } current || current.OrganisationId != caller.OrganisationId) return WriteResult.NotFound<VacancyView>();
        var errors = new FieldErrors();
        var vacancy = validator.Validate(input, id, errors);
        if (vacancy is null) return WriteResult.Invalid<VacancyView>(errors);
        var externalId = VacancyInputValidator.ExternalIdOf(input)!;
        using var write = region.BeginWrite();
        if (repository.FindVacancyByExternalId(write.Connection, write.Transaction, caller.OrganisationId, externalId) is { } other && other.Id != id)
            return WriteResult.Conflict<VacancyView>(other.Id);
        var stored = new StoredVacancy(vacancy, caller.OrganisationId, externalId);
        if (!repository.UpdateVacancy(write.Connection, write.Transaction, stored)) return WriteResult.NotFound<VacancyView>();
        audit.Change(write.Connection, write.Transaction, caller, "vacancy.update", "vacancy", id, externalId);
        write.Commit(s => s.With(stored));
        return WriteResult.Done<VacancyView>(VacancyView.Of(stored));
    }

    public WriteResult<string> Delete(string id, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var write = region.BeginWrite();
        if (!repository.DeleteVacancy(write.Connection, write.Transaction, id, caller.OrganisationId)) return WriteResult.NotFound<string>();
        audit.Change(write.Connection, write.Transaction, caller, "vacancy.delete", "vacancy", id);
        write.Commit(s => s.WithoutVacancy(id));
        return WriteResult.Done<string>(id);
    }
}
