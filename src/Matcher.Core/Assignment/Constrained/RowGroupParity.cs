namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// Group parity as a positive measure (§ 5 AGG): the share of <paramref name="Protected"/> rows that get a proposal is at
/// least <paramref name="RatioPercent"/> % of the share of <paramref name="Reference"/> rows that do, e.g. women at
/// least 80 % of the men's rate.
/// </summary>
/// <param name="Name">What the groups are, for the report ("Frauen gegenüber Männern").</param>
public sealed record RowGroupParity(string Name, IReadOnlyList<int> Protected, IReadOnlyList<int> Reference, int RatioPercent);
