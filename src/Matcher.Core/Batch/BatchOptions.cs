namespace Matcher.Core.Batch;

/// <summary>How a regional run is cut.</summary>
/// <param name="MinimumScore">
/// Pairs scoring below this are not proposed (in [0, 1]). The default 0.08 is where, on simulated regions, dropping weaker
/// pairs stops paying: below it they fail too often, above it good placements are lost (docs/scoring.md).
/// </param>
/// <param name="MaxPairsPerCandidate">Keep only each candidate's best pairs before solving; null keeps all (exact).</param>
/// <param name="MaxPairsPerPlace">Keep only each vacancy's best pairs, this many per place (<see cref="VacancyCut"/>); null keeps all (exact).</param>
/// <param name="Pins">Pairs (candidate id, vacancy id) that must stay, e.g. accepted proposals; dropped when no longer possible.</param>
/// <param name="Exclusions">Pairs that must not be proposed.</param>
/// <param name="MaxDegreeOfParallelism">Threads for scoring and the per-place cut; -1 = all cores.</param>
/// <param name="Engine">The solver for the assignment (the optimum is the same).</param>
/// <param name="Constraints">Side constraints (employer limits, a change budget, parity, a share); none by default.</param>
/// <param name="PricedAbovePairs">
/// Above this many kept pairs (and without side constraints) the assignment is solved by pricing
/// (<see cref="Assignment.PricedAssignmentSolver"/>): the same optimum on a small part of the pairs. Below it one solve over
/// all of them is quicker (a district keeps 0.3 million).
/// </param>
/// <param name="ScoreOnDemandAbovePairs">
/// Above this many person × vacancy pairs, an exact run (no per-candidate cut, no side constraints) scores only each
/// person's best pairs that pricing starts with and keeps an upper bound for the rest, scored when pricing finds that
/// the bound could improve the answer: the same optimum, without scoring the many pairs that cannot (a state: 10⁹).
/// </param>
public sealed record BatchOptions(
    double MinimumScore = 0.08,
    int? MaxPairsPerCandidate = null,
    int? MaxPairsPerPlace = null,
    IReadOnlyCollection<(string CandidateId, string VacancyId)>? Pins = null,
    IReadOnlyCollection<(string CandidateId, string VacancyId)>? Exclusions = null,
    int MaxDegreeOfParallelism = -1,
    Assignment.AssignmentEngine Engine = Assignment.AssignmentEngine.Native,
    RunConstraints? Constraints = null,
    long PricedAbovePairs = 4_000_000,
    long ScoreOnDemandAbovePairs = 100_000_000);
