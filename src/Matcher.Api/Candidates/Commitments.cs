using System.Globalization;
using Dapper;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Storage;

namespace Matcher.Api.Candidates;

/// <summary>
/// A person's commitment (a proposal the coach accepted, or work or training begun), for the API and the web pages
/// alike: the next runs keep it while it stays possible. Only the person's own coach sets or clears it; reads are audited.
/// </summary>
public sealed class Commitments(RegionStore region, Database database, AuditTrail audit, TimeProvider clock)
{
    public CommitmentView? Find(Caller caller, string candidateId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        audit.View(caller, "candidate.commitment", "candidate", candidateId);
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<CommitmentView>(
            "SELECT vacancy_id AS VacancyId, state AS State, since AS Since FROM commitments WHERE candidate_id = @candidateId", new { candidateId });
    }

    /// <summary>Records that <paramref name="candidateId"/> accepted (or started) <paramref name="vacancyId"/>; NotFound when the person is not the caller's.</summary>
    public WriteResult<CommitmentView> Set(Caller caller, string candidateId, string? vacancyId, string? state)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (region.Current.FindCandidate(candidateId) is not { } person || !caller.MaySee(person)) return WriteResult.NotFound<CommitmentView>();
        var errors = new FieldErrors();
        if (state is not ("accepted" or "started")) errors.Add("state", $"'{state}' ist ungültig: accepted (Vorschlag angenommen) oder started (Arbeit/Ausbildung begonnen).");
        if (vacancyId is null || region.Current.FindVacancy(vacancyId) is null) errors.Add("vacancyId", $"Die Stelle '{vacancyId}' gibt es nicht.");
        if (!person.MayBeMatched) errors.Add("candidate", "Ohne Einwilligung in den Abgleich kann keine Zusage erfasst werden.");
        if (errors.Any) return WriteResult.Invalid<CommitmentView>(errors);
        var since = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using (var connection = database.Open())
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(
                """
                INSERT INTO commitments (candidate_id, vacancy_id, state, since, key_id) VALUES (@candidateId, @vacancyId, @state, @since, @key)
                ON CONFLICT (candidate_id) DO UPDATE SET vacancy_id = @vacancyId, state = @state,
                    since = CASE WHEN commitments.vacancy_id = @vacancyId THEN commitments.since ELSE @since END, key_id = @key
                """,
                new { candidateId, vacancyId, state, since, key = caller.KeyId }, transaction);
            audit.Change(connection, transaction, caller, "commitment.set", "candidate", candidateId, $"{state} {vacancyId}");
            transaction.Commit();
        }
        return WriteResult.Done(Find(caller, candidateId)!);
    }

    public WriteResult<string> Clear(Caller caller, string candidateId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (region.Current.FindCandidate(candidateId) is not { } person || !caller.MaySee(person)) return WriteResult.NotFound<string>();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (connection.Execute("DELETE FROM commitments WHERE candidate_id = @candidateId", new { candidateId }, transaction) == 0) return WriteResult.NotFound<string>();
        audit.Change(connection, transaction, caller, "commitment.delete", "candidate", candidateId);
        transaction.Commit();
        return WriteResult.Done(candidateId);
    }
}
