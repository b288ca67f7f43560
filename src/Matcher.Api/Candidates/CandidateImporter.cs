using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Storage;

namespace Matcher.Api.Candidates;

/// <summary>
/// Stores a coaching organisation's caseload import: validates every row, then writes all good rows in one transaction,
/// keyed by the organisation's external id (a repeated row updates its person or leaves them unchanged, never duplicates
/// them). With bad rows nothing is stored unless the caller asked for a partial import.
/// </summary>
public sealed class CandidateImporter(CandidateInputValidator validator, RegionRepository repository, AuditTrail audit, RegionStore region)
{
    public ImportReport Import(Caller caller, IReadOnlyList<ImportRow<CandidateInput>> rows, bool partial)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var checkedRows = ImportCheck.Validate<CandidateInput, StoredCandidate>(rows, (input, errors) =>
            validator.Validate(input, "", errors) is { } candidate ? CandidateWriter.Stored(candidate, caller, input) : null);
        if (ImportCheck.Refused(checkedRows, partial) is { } refused) return refused;

        var results = new List<ImportRowResult>(checkedRows.Count);
        int created = 0, updated = 0, unchanged = 0, rejected = 0;
        var written = new List<StoredCandidate>();
        using (var write = region.BeginWrite())
        {
            var (connection, transaction) = (write.Connection, write.Transaction);
            foreach (var (row, checkedPerson) in checkedRows)
            {
                if (checkedPerson is null) { rejected++; results.Add(row.Result("rejected", null)); continue; }
                var existingId = repository.FindCandidateByExternalId(connection, transaction, caller.OrganisationId, row.ExternalId!);
                var stored = checkedPerson with { Candidate = checkedPerson.Candidate with { Id = existingId ?? PublicIds.New(PublicIds.Candidate) } };
                // A caseload file carries no monitoring data: what the person volunteered stays as it was.
                if (existingId is not null && stored.Monitoring is null) stored = stored with { Monitoring = region.Current.FindCandidate(existingId)?.Monitoring };
                var id = stored.Candidate.Id;
                if (existingId is null)
                {
                    repository.InsertCandidate(connection, transaction, stored);
                    written.Add(stored);
                    audit.Change(connection, transaction, caller, "candidate.create", "candidate", id, $"import; {CandidateWriter.ConsentDetail(stored)}");
                    created++;
                    results.Add(row.Result("created", id));
                }
                else if (region.Current.FindCandidate(id) is { } current && Same(current, stored))
                {
                    unchanged++;
                    results.Add(row.Result("unchanged", id));
                }
                else
                {
                    repository.UpdateCandidate(connection, transaction, stored);
                    written.Add(stored);
                    audit.Change(connection, transaction, caller, "candidate.update", "candidate", id, $"import; {CandidateWriter.ConsentDetail(stored)}");
                    updated++;
                    results.Add(row.Result("updated", id));
                }
            }
            write.Commit(s => s.With(written));
        }
        return new ImportReport(true, created, updated, unchanged, rejected, results);
    }

    // The region's state is the database's while the write is held; records hold lists, so compare their documents.
    private static bool Same(StoredCandidate current, StoredCandidate imported) =>
        current with { Candidate = imported.Candidate } == imported && DocumentJson.Write(current.Candidate) == DocumentJson.Write(imported.Candidate);
}
