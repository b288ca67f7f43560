using System.Globalization;
using System.Text.Json;
using Dapper;
using Matcher.Api.Storage;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Runs;

/// <summary>
/// Match runs in SQLite. A unique index lets at most one run be 'running', across processes. A run that stopped
/// beating (its process was killed) is marked abandoned by the next start. Proposals are written together with the
/// run's completion in one transaction, so readers see either the previous run or the complete new one.
/// </summary>
public sealed class MatchRunStore(Database database, TimeProvider clock)
{
    /// <summary>A running run whose heartbeat is older than this belongs to a stopped process.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(60);

    /// <summary>Starts a run that judges the law and pay floors as on <paramref name="asOf"/>: its id, or the id of the run already going on.</summary>
    public (long? Started, long? Running) TryStart(string trigger, DateOnly asOf, RunLimits? limits = null)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var now = clock.GetUtcNow();
        connection.Execute(
            "UPDATE match_runs SET status = 'abandoned', finished_at = @now, message = 'Prozess wurde während des Laufs beendet.' WHERE status = 'running' AND heartbeat_at < @stale",
            new { now = Text(now), stale = Text(now - StaleAfter) }, transaction);
        var running = connection.QuerySingleOrDefault<long?>("SELECT id FROM match_runs WHERE status = 'running'", transaction: transaction);
        if (running is not null) return (null, running);
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO match_runs (status, trigger, started_at, heartbeat_at, as_of, max_new_hires_per_employer, max_changes, min_women_rate_percent,
                                    min_young_training_share_percent)
            VALUES ('running', @trigger, @now, @now, @asOf, @employer, @changes, @women, @young) RETURNING id
            """,
            new
            {
                trigger, now = Text(now), asOf = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), employer = limits?.MaxNewHiresPerEmployer, changes = limits?.MaxChanges,
                women = limits?.MinWomenRatePercent, young = limits?.MinYoungTrainingSharePercent,
            },
            transaction);
        transaction.Commit();
        return (id, null);
    }

    public void Heartbeat(long id)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE match_runs SET heartbeat_at = @now WHERE id = @id AND status = 'running'", new { id, now = Text(clock.GetUtcNow()) });
    }

    public void Fail(long id, string message)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE match_runs SET status = 'failed', finished_at = @now, message = @message WHERE id = @id AND status = 'running'",
            new { id, message, now = Text(clock.GetUtcNow()) });
    }

    /// <summary>Stores the proposals and marks the run completed, in one transaction.</summary>
    public void Complete(long id, RunSummary summary, IReadOnlyList<StoredProposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute(
            """
            INSERT INTO proposals (run_id, candidate_id, vacancy_id, candidate_organisation, vacancy_organisation, score, pinned, verdict, permitted_from,
                                   permit_required, ba_consent_required, explanation, explanation_for_chamber, score_for_chamber)
            VALUES (@RunId, @CandidateId, @VacancyId, @CandidateOrganisation, @VacancyOrganisation, @Score, @Pinned, @Verdict, @PermittedFrom,
                    @PermitRequired, @BaConsentRequired, @Explanation, @ExplanationForChamber, @ScoreForChamber)
            """,
            proposals.Select(p => new
            {
                RunId = id, p.CandidateId, p.VacancyId, p.CandidateOrganisation, p.VacancyOrganisation, p.Score, Pinned = p.Pinned ? 1 : 0, p.Verdict,
                p.PermittedFrom, PermitRequired = p.PermitRequired ? 1 : 0, BaConsentRequired = p.BaConsentRequired ? 1 : 0, p.Explanation, p.ExplanationForChamber, p.ScoreForChamber,
            }),
            transaction);
        var updated = connection.Execute(
            """
            UPDATE match_runs SET status = 'completed', finished_at = @now, candidates = @Candidates, vacancies = @Vacancies, pairs_scored = @PairsScored,
                   proposals = @count, objective = @Objective, dropped_pins = @DroppedPins, message = @Message, timings = @timings, side_constraints = @side
            WHERE id = @id AND status = 'running'
            """,
            new
            {
                id, now = Text(clock.GetUtcNow()), summary.Candidates, summary.Vacancies, summary.PairsScored, count = proposals.Count, summary.Objective,
                summary.DroppedPins, summary.Message, timings = JsonSerializer.Serialize(summary.Timings),
                side = summary.SideConstraints is null ? null : JsonSerializer.Serialize(summary.SideConstraints, Json),
            },
            transaction);
        // Marked abandoned meanwhile (it looked stale): its proposals must not appear.
        if (updated != 1) throw new InvalidOperationException($"Run {id} is no longer running; its result is discarded.");
        transaction.Commit();
    }

    public IReadOnlyList<MatchRun> List(int limit, int offset)
    {
        using var connection = database.Open();
        return connection.Query<RunRow>($"{SelectRuns} ORDER BY id DESC LIMIT @limit OFFSET @offset", new { limit, offset }).Select(ToRun).ToList();
    }

    public MatchRun? Find(long id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<RunRow>($"{SelectRuns} WHERE id = @id", new { id }) is { } row ? ToRun(row) : null;
    }

    /// <summary>The newest completed run.</summary>
    public long? LatestCompleted()
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<long?>("SELECT max(id) FROM match_runs WHERE status = 'completed'");
    }

    /// <summary>The newest completed run before <paramref name="id"/>.</summary>
    public long? PreviousCompleted(long id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<long?>("SELECT max(id) FROM match_runs WHERE status = 'completed' AND id < @id", new { id });
    }

    /// <summary>A run's proposals, optionally only those of one organisation's candidates or vacancies.</summary>
    public IReadOnlyList<StoredProposal> Proposals(long runId, long? candidateOrganisation, long? vacancyOrganisation)
    {
        using var connection = database.Open();
        return connection.Query<ProposalRow>(
            """
            SELECT candidate_id AS CandidateId, vacancy_id AS VacancyId, candidate_organisation AS CandidateOrganisation, vacancy_organisation AS VacancyOrganisation,
                   score AS Score, pinned AS Pinned, verdict AS Verdict, permitted_from AS PermittedFrom, permit_required AS PermitRequired,
                   ba_consent_required AS BaConsentRequired, explanation AS Explanation, explanation_for_chamber AS ExplanationForChamber,
                   score_for_chamber AS ScoreForChamber
            FROM proposals
            WHERE run_id = @runId AND (@candidateOrganisation IS NULL OR candidate_organisation = @candidateOrganisation)
              AND (@vacancyOrganisation IS NULL OR vacancy_organisation = @vacancyOrganisation)
            ORDER BY score DESC, candidate_id
            """,
            new { runId, candidateOrganisation, vacancyOrganisation })
            .Select(r => new StoredProposal(r.CandidateId, r.VacancyId, r.CandidateOrganisation, r.VacancyOrganisation, r.Score, r.Pinned != 0, r.Verdict,
                r.PermittedFrom, r.PermitRequired != 0, r.BaConsentRequired != 0, r.Explanation, r.ExplanationForChamber, r.ScoreForChamber))
            .ToList();
    }

    /// <summary>The commitments (accepted proposals, started jobs) to pin, oldest first.</summary>
    public IReadOnlyList<(string CandidateId, string VacancyId)> Commitments()
    {
        using var connection = database.Open();
        return connection.Query<(string, string)>("SELECT candidate_id, vacancy_id FROM commitments ORDER BY since, candidate_id").ToList();
    }

    private const string SelectRuns =
        """
        SELECT id AS Id, status AS Status, trigger AS Trigger, started_at AS StartedAt, finished_at AS FinishedAt, candidates AS Candidates,
               vacancies AS Vacancies, pairs_scored AS PairsScored, proposals AS Proposals, objective AS Objective, dropped_pins AS DroppedPins,
               message AS Message, timings AS Timings, as_of AS AsOf, max_new_hires_per_employer AS MaxNewHiresPerEmployer,
               max_changes AS MaxChanges, min_women_rate_percent AS MinWomenRatePercent,
               min_young_training_share_percent AS MinYoungTrainingSharePercent, side_constraints AS SideConstraints
        FROM match_runs
        """;

    private static MatchRun ToRun(RunRow r) => new(
        r.Id, r.Status, r.Trigger, DateTimeOffset.Parse(r.StartedAt, CultureInfo.InvariantCulture),
        r.FinishedAt is null ? null : DateTimeOffset.Parse(r.FinishedAt, CultureInfo.InvariantCulture),
        (int?)r.Candidates, (int?)r.Vacancies, r.PairsScored, (int?)r.Proposals, r.Objective, (int?)r.DroppedPins, r.Message,
        r.Timings is null ? null : JsonSerializer.Deserialize<Dictionary<string, double>>(r.Timings),
        r.AsOf is null ? null : DateOnly.ParseExact(r.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        new RunLimits((int?)r.MaxNewHiresPerEmployer, (int?)r.MaxChanges, (int?)r.MinWomenRatePercent, (int?)r.MinYoungTrainingSharePercent),
        r.SideConstraints is null ? null : JsonSerializer.Deserialize<SideConstraintOutcome>(r.SideConstraints, Json));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string Text(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private sealed record ProposalRow(
        string CandidateId, string VacancyId, long CandidateOrganisation, long VacancyOrganisation, double Score, long Pinned, string Verdict,
        string? PermittedFrom, long PermitRequired, long BaConsentRequired, string Explanation, string ExplanationForChamber, double ScoreForChamber);

    private sealed record RunRow(
        long Id, string Status, string Trigger, string StartedAt, string? FinishedAt, long? Candidates, long? Vacancies, long? PairsScored,
        long? Proposals, long? Objective, long? DroppedPins, string? Message, string? Timings, string? AsOf, long? MaxNewHiresPerEmployer, long? MaxChanges,
        long? MinWomenRatePercent, long? MinYoungTrainingSharePercent, string? SideConstraints);
}

/// <summary>The figures of a completed run.</summary>
/// <param name="SideConstraints">What the run's side constraints did; null without any.</param>
public sealed record RunSummary(int Candidates, int Vacancies, long PairsScored, long Objective, int DroppedPins, string? Message, IReadOnlyDictionary<string, double> Timings,
    SideConstraintOutcome? SideConstraints = null);

/// <summary>
/// A proposal as stored (<paramref name="PermittedFrom"/> as yyyy-MM-dd): the legal answer's verdict, date, permit and consent,
/// both explanations (full for coaches; for chambers without residence details, distances or wages) and the chamber's
/// score (<see cref="Explanations.EmployerScore"/>).
/// </summary>
public sealed record StoredProposal(
    string CandidateId, string VacancyId, long CandidateOrganisation, long VacancyOrganisation, double Score, bool Pinned, string Verdict,
    string? PermittedFrom, bool PermitRequired, bool BaConsentRequired, string Explanation, string ExplanationForChamber, double ScoreForChamber)
{
    /// <summary>The legal answer as an employer may see it.</summary>
    public Explanations.EmployerLegalView EmployerView => new(
        Enum.Parse<Core.Eligibility.EligibilityVerdict>(Verdict),
        PermittedFrom is null ? null : DateOnly.ParseExact(PermittedFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        PermitRequired, BaConsentRequired);
}
