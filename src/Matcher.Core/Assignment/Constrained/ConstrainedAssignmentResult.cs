namespace Matcher.Core.Assignment.Constrained;

/// <summary>The answer of <see cref="ConstrainedAssignmentSolver"/>.</summary>
/// <param name="RowToColumn">Column of each row, or -1.</param>
/// <param name="Objective">Total score of the chosen pairs.</param>
/// <param name="BestBound">CP-SAT's proved upper bound on any assignment meeting the constraints.</param>
/// <param name="Unconstrained">The optimum without side constraints (exact, from the flow solver): an upper bound too.</param>
/// <param name="Reports">One report per kind of side constraint given.</param>
/// <param name="Seconds">Wall time of the constrained solve.</param>
/// <param name="FewestChanges">When the change budget cannot be met: the fewest changes any assignment needs.</param>
/// <param name="Unmet">When no assignment meets the constraints: the kinds (<see cref="ConstraintReport"/>'s constants) that
/// cannot be met, one when it fails on its own, several when they can only be met apart; null otherwise or when unknown.</param>
public sealed record ConstrainedAssignmentResult(
    ConstrainedStatus Status,
    int[] RowToColumn,
    long Objective,
    long BestBound,
    long Unconstrained,
    IReadOnlyList<ConstraintReport> Reports,
    double Seconds,
    string Message,
    int? FewestChanges = null,
    IReadOnlyList<string>? Unmet = null)
{
    /// <summary>(bound − objective) / |bound|: how much better any assignment meeting the constraints could be at most; 0 when proved optimal.</summary>
    public double Gap => Status == ConstrainedStatus.Optimal ? 0 : RelativeGap(BestBound, Objective);

    /// <summary>(bound − value) / |bound|, with |bound| at least 1 so that a bound of 0 or below still leaves a gap to close.</summary>
    internal static double RelativeGap(long bound, long value) => Math.Max(0, (double)(bound - value) / Math.Max(1, Math.Abs(bound)));
}
