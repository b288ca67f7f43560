namespace Matcher.Core.Assignment;

/// <summary>
/// The solver's answer. <see cref="RowPotentials"/> and <see cref="ColumnPotentials"/> are the LP dual certificate,
/// in the sense's convention (see <see cref="AssignmentVerifier"/>): for maximisation u ≥ 0, v ≥ 0, u_i + v_j ≥ s_ij
/// on every edge and Σu + Σ cap_j·v_j = objective; for minimisation with all rows assigned, v ≤ 0,
/// u_i + v_j ≤ c_ij and Σu + Σ cap_j·v_j = objective. Pinned rows are fixed: their potential is 0 and the
/// certificate covers the other rows with the capacities the pins leave.
/// </summary>
/// <param name="RowToColumn">Column of each row, or -1 when unassigned.</param>
/// <param name="Objective">Total cost or score of the chosen pairs, pins included.</param>
/// <param name="Message">Why the problem is infeasible; empty when optimal.</param>
public sealed record AssignmentResult(
    AssignmentStatus Status,
    int[] RowToColumn,
    long Objective,
    long[] RowPotentials,
    long[] ColumnPotentials,
    string Message)
{
    /// <summary>The chosen (row, column) pairs in row order.</summary>
    public IEnumerable<(int Row, int Column)> Pairs()
    {
        for (var i = 0; i < RowToColumn.Length; i++)
            if (RowToColumn[i] >= 0) yield return (i, RowToColumn[i]);
    }
}
