namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// What a flow alone cannot express: limits on groups of columns, a budget of changes against the previous run, parity
/// between two groups of rows, and a minimum share of some columns for a group of rows.
/// </summary>
public sealed record SideConstraints(IReadOnlyList<ColumnGroupLimit> GroupLimits, ChangeBudget? Changes, RowGroupParity? Parity = null, ColumnShare? Share = null)
{
    public static SideConstraints None { get; } = new([], null);

    public bool IsEmpty => GroupLimits.Count == 0 && Changes is null && Parity is null && Share is null;
}
