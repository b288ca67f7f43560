using Matcher.Core.Assignment.Constrained;

namespace Matcher.Api.Runs;

/// <summary>
/// What a run's side constraints did: whether its assignment is proved optimal or how far from optimal it may be, and
/// what each constraint cost (in score units, 1,000,000 per point).
/// </summary>
/// <param name="Proof">"optimal", or "gap" when only a bound is proved.</param>
/// <param name="Gap">(bound − objective) / bound.</param>
/// <param name="Unconstrained">The optimum the run would have had without side constraints.</param>
public sealed record SideConstraintOutcome(string Proof, double Gap, long Objective, long Bound, long Unconstrained, IReadOnlyList<ConstraintReport> Constraints)
{
    public static SideConstraintOutcome Of(ConstrainedAssignmentResult result) => new(
        result.Status == ConstrainedStatus.Optimal ? "optimal" : "gap", Math.Round(result.Gap, 6), result.Objective, result.BestBound, result.Unconstrained, result.Reports);
}
