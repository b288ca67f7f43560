namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// At most <paramref name="MaxMoves"/> of the previous run's proposals may change (be withdrawn or go to another
/// column). A previous proposal whose pair is no longer allowed has to change and does not count; new proposals for
/// rows that had none are not changes.
/// </summary>
/// <param name="PreviousColumn">The previous run's column of each row, or -1.</param>
public sealed record ChangeBudget(IReadOnlyList<int> PreviousColumn, int MaxMoves);
