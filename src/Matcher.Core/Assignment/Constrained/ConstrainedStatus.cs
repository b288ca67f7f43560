namespace Matcher.Core.Assignment.Constrained;

public enum ConstrainedStatus
{
    /// <summary>Proved optimal (within CP-SAT's integer arithmetic: the bound equals the objective).</summary>
    Optimal,
    /// <summary>A feasible assignment with a proved bound; the gap says how far from optimal it may be.</summary>
    Feasible,
    /// <summary>No assignment meets the constraints (e.g. pins beyond an employer's limit).</summary>
    Infeasible,
    /// <summary>No feasible assignment found within the time limit, and none proved impossible.</summary>
    Unsolved,
}
