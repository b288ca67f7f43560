using Matcher.Core.Assignment;

namespace Matcher.Core.Batch;

/// <summary>Counts of a run, stage by stage.</summary>
/// <param name="PairsTotal">Candidates × vacancies: what exhaustive scoring would look at.</param>
/// <param name="PairsExamined">Pairs the spatial index let through (with a per-candidate cut: of the profiles visited).</param>
/// <param name="PairsAdmitted">Pairs passing every knock-out and the legal gate.</param>
/// <param name="PairsScored">Admitted pairs whose score was computed: all of them, except with a per-candidate cut, where
/// pairs whose bound cannot reach the candidate's best K are left unscored, and in an exact run scored on demand
/// (<see cref="BatchOptions.ScoreOnDemandAbovePairs"/>), where pairs whose bound pricing never asks for are.</param>
/// <param name="PairsAboveMinimum">Scored pairs at or above the minimum score.</param>
/// <param name="EdgesSolved">Edges the last solve was given: without side constraints the priced solve's restricted problem
/// (every kept pair was checked against its certificate), with them all kept pairs (after any per-candidate and per-place
/// cut, plus pins).</param>
/// <param name="ProfilesSkipped">(Candidate, occupation profile) combinations never looked at, because the profile's upper
/// bound could not reach the minimum score (or, with a per-candidate cut, the candidate's best K).</param>
/// <param name="PairsCutByVacancy">With a per-place cut: pairs left out because the vacancy had enough better ones.</param>
/// <param name="PricingRounds">Solves the priced assignment needed (0 with side constraints).</param>
public sealed record BatchCounts(long PairsTotal, long PairsExamined, long PairsAdmitted, long PairsScored, long PairsAboveMinimum, long EdgesSolved, int Proposals, long ProfilesSkipped = 0, long PairsCutByVacancy = 0,
    int PricingRounds = 0);

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>The outcome of a regional run.</summary>
/// <param name="Objective">Sum of the proposals' scores in <see cref="ScoreScale"/> units.</param>
/// <param name="Verification">The solver's certificate, checked independently.</param>
/// <param name="DroppedPins">Pins that are no longer possible (not eligible, knocked out, or unknown ids).</param>
/// <param name="Constrained">With side constraints: CP-SAT's proof (optimal, or the gap to its bound) and what each constraint cost; the flow certificate then does not apply.</param>
public sealed record BatchResult(
    AssignmentStatus Status,
    string Message,
    IReadOnlyList<Proposal> Proposals,
    long Objective,
    VerificationReport? Verification,
    BatchCounts Counts,
    IReadOnlyList<StageTiming> Timings,
    IReadOnlyList<(string CandidateId, string VacancyId)> DroppedPins,
    Assignment.Constrained.ConstrainedAssignmentResult? Constrained = null);
