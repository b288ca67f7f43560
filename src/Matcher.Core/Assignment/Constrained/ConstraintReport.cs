namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// What one kind of side constraint did to the run.
/// </summary>
/// <param name="Constraint">Which constraint: <see cref="EmployerLimits"/>, <see cref="ChangeBudget"/>, <see cref="Parity"/> or <see cref="Share"/>.</param>
/// <param name="Binding">True when dropping it (the other constraints kept) would raise the objective: it changed the answer.</param>
/// <param name="Cost">Objective given up for it: the best objective found without it (the others kept) minus the run's (0 when not binding).</param>
/// <param name="CostIsProved">True when the solve without it was proved optimal, so <paramref name="Cost"/> is exact; otherwise the cost lies between <paramref name="Cost"/> and <paramref name="CostAtMost"/>.</param>
/// <param name="Limits">Employer limits: how many groups could exceed their limit at all (more places than the limit).</param>
/// <param name="LimitsReached">Employer limits: the groups whose limit the assignment reaches, by name.</param>
/// <param name="ChangesUsed">Change budget: previous proposals that could have stayed and changed.</param>
/// <param name="ChangesAllowed">Change budget: the budget.</param>
/// <param name="ChangesForced">Change budget: previous proposals no longer possible (not counted).</param>
/// <param name="ParityName">Parity and share: which groups.</param>
/// <param name="ProtectedRate">Parity: the share of the protected group with a proposal; share: the group's share of the columns' proposals.</param>
/// <param name="ReferenceRate">Parity: the share of the reference group with a proposal.</param>
/// <param name="RatioPercent">Parity: the protected rate asked for, in % of the reference rate; share: the minimum share in %.</param>
/// <param name="CostAtMost">The most it can cost: the proved bound without it minus the run's objective.</param>
public sealed record ConstraintReport(
    string Constraint, bool Binding, long Cost, bool CostIsProved,
    int? Limits = null, IReadOnlyList<string>? LimitsReached = null,
    int? ChangesUsed = null, int? ChangesAllowed = null, int? ChangesForced = null,
    string? ParityName = null, double? ProtectedRate = null, double? ReferenceRate = null, int? RatioPercent = null,
    long? CostAtMost = null)
{
    public const string EmployerLimits = "employer-limits";

    public const string ChangeBudget = "change-budget";

    public const string Parity = "parity";

    public const string Share = "share";
}
