namespace Matcher.Core.Assignment.Constrained;

/// <summary>What a flow cannot express: limits on groups of columns and a budget of changes against the previous run.</summary>
public sealed record SideConstraints(IReadOnlyList<ColumnGroupLimit> GroupLimits, ChangeBudget? Changes)
{
    public static SideConstraints None { get; } = new([], null);

    public bool IsEmpty => GroupLimits.Count == 0 && Changes is null;
}
