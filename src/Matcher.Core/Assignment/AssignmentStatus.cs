namespace Matcher.Core.Assignment;

public enum AssignmentStatus
{
    /// <summary>An optimal assignment was found; the potentials certify it.</summary>
    Optimal,
    /// <summary>No feasible assignment: pins conflict with capacities, or (when every row must be assigned) a row cannot be.</summary>
    Infeasible,
    /// <summary>The engine could not solve it (OR-Tools: costs beyond the range its cost scaling can represent); the problem may well be feasible.</summary>
    Unsolved,
}
