using System.Globalization;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Storage;

namespace Matcher.Api.Candidates;

/// <summary>
/// A coach's writes to the people of their organisation, the one place the API and the web pages go through:
/// validation, the transaction with its audit line, the region's in-memory state, and erasure that leaves no trace.
/// </summary>
public sealed class CandidateWriter(
    CandidateInputValidator validator, RegionRepository repository, AuditTrail audit, RegionStore region, Database database, ILogger<CandidateWriter> log)
{
    public WriteResult<CandidateView> Create(CandidateInput input, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new FieldErrors();
        var candidate = validator.Validate(input, PublicIds.New(PublicIds.Candidate), errors);
        if (candidate is null) return WriteResult.Invalid<CandidateView>(errors);
        var stored = Stored(candidate, caller, input);
        using var write = region.BeginWrite();
        if (stored.ExternalId is { } externalId
            && repository.FindCandidateByExternalId(write.Connection, write.Transaction, caller.OrganisationId, externalId) is { } existing)
            return WriteResult.Conflict<CandidateView>(existing);
        repository.InsertCandidate(write.Connection, write.Transaction, stored);
        audit.Change(write.Connection, write.Transaction, caller, "candidate.create", "candidate", candidate.Id, ConsentDetail(stored));
        write.Commit(s => s.With(stored));
        return WriteResult.Done<CandidateView>(CandidateView.Of(stored));
    }

    public WriteResult<CandidateView> Replace(string id, CandidateInput input, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(caller);
        if (region.Current.FindCandidate(id) is not { } current || !caller.MaySee(current)) return WriteResult.NotFound<CandidateView>();
        var errors = new FieldErrors();
        var candidate = validator.Validate(input, id, errors);
        if (candidate is null) return WriteResult.Invalid<CandidateView>(errors);
        var stored = Stored(candidate, caller, input);
        using var write = region.BeginWrite();
        if (stored.ExternalId is { } externalId
            && repository.FindCandidateByExternalId(write.Connection, write.Transaction, caller.OrganisationId, externalId) is { } other && other != id)
            return WriteResult.Conflict<CandidateView>(other);
        if (!repository.UpdateCandidate(write.Connection, write.Transaction, stored)) return WriteResult.NotFound<CandidateView>();
        audit.Change(write.Connection, write.Transaction, caller, "candidate.update", "candidate", id, ConsentDetail(stored));
        write.Commit(s => s.With(stored));
        return WriteResult.Done<CandidateView>(CandidateView.Of(stored));
    }

    /// <summary>
    /// Deletes the person's data for good (GDPR art. 17); only anonymous counts remain. The freed pages are overwritten
    /// (secure_delete) and the write-ahead log is checkpointed and emptied, so no copy stays in the files.
    /// </summary>
    public WriteResult<string> Erase(string id, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using (var write = region.BeginWrite())
        {
            if (!repository.DeleteCandidate(write.Connection, write.Transaction, id, caller.Role == Role.Admin ? null : caller.OrganisationId))
                return WriteResult.NotFound<string>();
            audit.Change(write.Connection, write.Transaction, caller, "candidate.delete", "candidate", id);
            write.Commit(s => s.WithoutCandidate(id));
        }
        // The erasure is committed either way; if a reader kept the log from being emptied now, the next checkpoint will.
        if (!database.CheckpointTruncate()) StorageLog.CheckpointDeferred(log, id);
        return WriteResult.Done<string>(id);
    }

    internal static StoredCandidate Stored(Core.People.Candidate candidate, Caller caller, CandidateInput input) =>
        new(candidate, caller.OrganisationId, input.Consent?.GivenOn, input.Consent?.Scope.Trim(), input.Name.Trim(), input.Contact?.Trim(),
            CandidateInputValidator.ExternalIdOf(input), input.Monitoring is { IsEmpty: false } m ? m : null);

    internal static string ConsentDetail(StoredCandidate stored) => stored.ConsentGivenOn is { } on
        ? $"consent {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : "no consent";
}
