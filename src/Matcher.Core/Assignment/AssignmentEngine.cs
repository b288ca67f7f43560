namespace Matcher.Core.Assignment;

/// <summary>Which solver finds the optimal assignment; both give the same optimum and a checked certificate.</summary>
public enum AssignmentEngine
{
    /// <summary><see cref="AssignmentSolver"/>: shortest augmenting paths with potentials, built for the batch's shapes.</summary>
    Native,
    /// <summary><see cref="OrToolsAssignmentSolver"/>: Google OR-Tools' cost-scaling assignment and min-cost flow.</summary>
    OrTools,
}
