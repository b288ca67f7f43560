using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Storage;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Vacancies;

/// <summary>
/// Stores a chamber's import: validates every row, then writes all good rows in one transaction, keyed by the chamber's
/// external id (a repeated row updates its vacancy or leaves it unchanged, never duplicates it). With bad rows nothing is
/// stored unless the caller asked for a partial import.
/// </summary>
public sealed class VacancyImporter(VacancyInputValidator validator, RegionRepository repository, AuditTrail audit, RegionStore region)
{
    public ImportReport Import(Caller caller, IReadOnlyList<ImportRow<VacancyInput>> rows, bool partial)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var checkedRows = ImportCheck.Validate<VacancyInput, Vacancy>(rows, (input, errors) => validator.Validate(input, "", errors));
        if (ImportCheck.Refused(checkedRows, partial) is { } refused) return refused;

        var results = new List<ImportRowResult>(checkedRows.Count);
        int created = 0, updated = 0, unchanged = 0, rejected = 0;
        var written = new List<StoredVacancy>();
        using (var write = region.BeginWrite())
        {
            var (connection, transaction) = (write.Connection, write.Transaction);
            foreach (var (row, checkedVacancy) in checkedRows)
            {
                if (checkedVacancy is null) { rejected++; results.Add(row.Result("rejected", null)); continue; }
                var externalId = row.ExternalId!;
                var existing = repository.FindVacancyByExternalId(connection, transaction, caller.OrganisationId, externalId);
                var vacancy = checkedVacancy with { Id = existing?.Id ?? PublicIds.New(PublicIds.Vacancy) };
                var stored = new StoredVacancy(vacancy, caller.OrganisationId, externalId);
                if (existing is null)
                {
                    repository.InsertVacancy(connection, transaction, stored);
                    written.Add(stored);
                    audit.Change(connection, transaction, caller, "vacancy.create", "vacancy", vacancy.Id, $"import: {externalId}");
                    created++;
                    results.Add(row.Result("created", vacancy.Id));
                }
                else if (existing.Document == DocumentJson.Write(vacancy))
                {
                    unchanged++;
                    results.Add(row.Result("unchanged", vacancy.Id));
                }
                else
                {
                    repository.UpdateVacancy(connection, transaction, stored);
                    written.Add(stored);
                    audit.Change(connection, transaction, caller, "vacancy.update", "vacancy", vacancy.Id, $"import: {externalId}");
                    updated++;
                    results.Add(row.Result("updated", vacancy.Id));
                }
            }
            write.Commit(s => s.With(written));
        }
        return new ImportReport(true, created, updated, unchanged, rejected, results);
    }
}
