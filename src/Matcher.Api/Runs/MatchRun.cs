namespace Matcher.Api.Runs;

/// <summary>A nightly (or requested) re-match of the region, as stored.</summary>
/// <param name="Status">running, completed, failed (an error or a cancellation) or abandoned (its process stopped).</param>
/// <param name="Trigger">api, schedule or cli.</param>
/// <param name="Objective">Sum of the proposals' scores in score units (1,000,000 per point of score).</param>
/// <param name="Timings">Seconds per stage of the pipeline.</param>
/// <param name="AsOf">The date the run judged the law, pay floors and start dates for (its results are reproducible for it).</param>
/// <param name="Limits">The side constraints the operator set for it (both null when none).</param>
/// <param name="SideConstraints">What they did: proof or gap, and each one's cost; null without side constraints.</param>
public sealed record MatchRun(
    long Id,
    string Status,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int? Candidates,
    int? Vacancies,
    long? PairsScored,
    int? Proposals,
    long? Objective,
    int? DroppedPins,
    string? Message,
    IReadOnlyDictionary<string, double>? Timings,
    DateOnly? AsOf,
    RunLimits Limits,
    SideConstraintOutcome? SideConstraints);

/// <summary>One stored proposal of a run, as the caller may see it.</summary>
/// <param name="CandidateId">The candidate's id, or their pseudonym for chambers.</param>
/// <param name="Pinned">Kept from an accepted proposal or a started job.</param>
/// <param name="LegalText">The legal answer in one sentence: the coach's verdict, or for chambers the <see cref="Explanations.EmployerLegalView"/>.</param>
public sealed record ProposalView(
    string CandidateId, string VacancyId, double Score, bool Pinned, string Verdict, DateOnly? PermittedFrom, bool PermitRequired, bool BaConsentRequired,
    string LegalText, string Explanation);

/// <summary>What changed for one candidate between the previous completed run and this one.</summary>
/// <param name="Change">new (a proposal where there was none), dropped (none any more), changed (another vacancy).</param>
public sealed record ProposalChange(string Change, string CandidateId, string? PreviousVacancyId, string? VacancyId, double? PreviousScore, double? Score);

public sealed record RunChanges(long RunId, long? PreviousRunId, IReadOnlyList<ProposalChange> Changes);
