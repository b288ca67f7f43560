using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Storage;

namespace Matcher.Api.Vacancies;

/// <summary>
/// Stores a chamber's import: validates every row, then writes all good rows in one transaction, keyed by the chamber's
/// external id (a repeated row updates its vacancy or leaves it unchanged, never duplicates it). With bad rows nothing is
/// stored unless the caller asked for a partial import.
/// </summary>
public sealed class VacancyImporter(VacancyInputValidator validator, RegionRepository repository, AuditTrail audit, RegionStore region)
{
    public const int MaxRows = 20_000;

    public ImportReport Import(Caller caller, IReadOnlyList<ParsedRow> rows, bool partial)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(rows);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedRows = new List<(ParsedRow Row, Core.Vacancies.Vacancy? Vacancy)>(rows.Count);
        foreach (var row in rows)
        {
            Core.Vacancies.Vacancy? vacancy = null;
            if (row.Input is { } input)
            {
                vacancy = validator.Validate(input, "", row.Errors);
                if (row.ExternalId is { } externalId && !firstRowOf.TryAdd(externalId, row.Row))
                {
                    row.Errors.Add("externalId", $"'{externalId}' kommt schon in Datensatz {firstRowOf[externalId]} vor.");
                    vacancy = null;
                }
            }
            checkedRows.Add((row, row.Errors.Any ? null : vacancy));
        }
        var rejected = checkedRows.Count(r => r.Vacancy is null);
        if (rejected > 0 && !partial)
            return new ImportReport(false, 0, 0, 0, rejected, checkedRows.Select(r => Result(r.Row, r.Vacancy is null ? "rejected" : "valid", null)).ToList());

        var results = new List<ImportRowResult>(checkedRows.Count);
        int created = 0, updated = 0, unchanged = 0;
        var written = new List<StoredVacancy>();
        using (var write = region.BeginWrite())
        {
            var (connection, transaction) = (write.Connection, write.Transaction);
            foreach (var (row, candidateVacancy) in checkedRows)
            {
                if (candidateVacancy is null) { results.Add(Result(row, "rejected", null)); continue; }
                var externalId = row.ExternalId!;
                var existing = repository.FindVacancyByExternalId(connection, transaction, caller.OrganisationId, externalId);
                var vacancy = candidateVacancy with { Id = existing?.Id ?? PublicIds.New(PublicIds.Vacancy) };
                var stored = new StoredVacancy(vacancy, caller.OrganisationId, externalId);
                if (existing is null)
                {
                    repository.InsertVacancy(connection, transaction, stored);
                    written.Add(stored);
                    audit.Change(connection, transaction, caller, "vacancy.create", "vacancy", vacancy.Id, $"import: {externalId}");
                    created++;
                    results.Add(Result(row, "created", vacancy.Id));
                }
                else if (existing.Document == DocumentJson.Write(vacancy))
                {
                    unchanged++;
                    results.Add(Result(row, "unchanged", vacancy.Id));
                }
                else
                {
                    repository.UpdateVacancy(connection, transaction, stored);
                    written.Add(stored);
                    audit.Change(connection, transaction, caller, "vacancy.update", "vacancy", vacancy.Id, $"import: {externalId}");
                    updated++;
                    results.Add(Result(row, "updated", vacancy.Id));
                }
            }
            write.Commit(s => s.With(written));
        }
        return new ImportReport(true, created, updated, unchanged, rejected, results);
    }

    private static ImportRowResult Result(ParsedRow row, string status, string? id) =>
        new(row.Row, row.Line, row.ExternalId, status, id, row.Errors.All.Select(e => new ImportFieldError(e.Field, e.Reason)).ToList());
}
