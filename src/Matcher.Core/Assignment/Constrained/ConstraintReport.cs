namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// What one kind of side constraint did to the run.
/// </summary>
/// <param name="Constraint">Which constraint ("employer limits", "change budget").</param>
/// <param name="Binding">True when dropping it (the other constraints kept) would raise the objective: it changed the answer.</param>
/// <param name="Cost">Objective given up for it: the best objective without it (the others kept) minus the run's (0 when not binding).</param>
/// <param name="CostIsProved">True when both solves were proved optimal; otherwise the cost comes from feasible solutions within their gaps.</param>
/// <param name="Detail">Plain words: which limits are tight, how many changes were used.</param>
public sealed record ConstraintReport(string Constraint, bool Binding, long Cost, bool CostIsProved, string Detail);
