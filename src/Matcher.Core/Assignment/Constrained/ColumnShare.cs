namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// A minimum share of a set of columns' proposals for a group of rows: of the proposals to <paramref name="Columns"/>
/// (e.g. training places), at least <paramref name="SharePercent"/> % go to <paramref name="Rows"/> (e.g. people under 25).
/// </summary>
/// <param name="Name">What the share is, for the report.</param>
public sealed record ColumnShare(string Name, IReadOnlyList<int> Rows, IReadOnlyList<int> Columns, int SharePercent);
