namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// What one kind of side constraint did to the run.
/// </summary>
/// <param name="Constraint">Which constraint ("employer limits", "change budget").</param>
/// <param name="Binding">True when the best assignment without it breaks it: the constraint changed the answer.</param>
/// <param name="Cost">Objective given up for it: the optimum without side constraints minus the best objective with this one alone (0 when not binding).</param>
/// <param name="CostIsProved">True when the solve with it alone was proved optimal; otherwise the cost is an upper bound of what the constraint costs, from a feasible solution.</param>
/// <param name="Detail">Plain words: which limits are tight, how many changes were used.</param>
public sealed record ConstraintReport(string Constraint, bool Binding, long Cost, bool CostIsProved, string Detail);
