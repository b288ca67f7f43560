namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// One linear side constraint over rows and edges, Σ a_e·x_e ≥ <see cref="Required"/>: the form both the change
/// budget (a = 1 on each previous proposal that could stay, Required = K − N) and group parity (a = 100·|R| on the
/// protected rows' edges, −ratio·|P| on the reference rows' edges, Required = 0) take, so one Lagrangian price serves both.
/// </summary>
internal sealed class Coverage
{
    private Coverage(string kind, int[] edges, int[] rows, long[] coefficients, long required)
    {
        Kind = kind;
        Edges = edges;
        Rows = rows;
        Coefficients = coefficients;
        Required = required;
    }

    /// <summary>Which side constraint this is (<see cref="ConstraintReport.ChangeBudget"/>, <see cref="ConstraintReport.Parity"/>, <see cref="ConstraintReport.Share"/>).</summary>
    public string Kind { get; }

    public int[] Edges { get; }

    /// <summary>The row of each edge in <see cref="Edges"/>.</summary>
    public int[] Rows { get; }

    public long[] Coefficients { get; }

    public long Required { get; }

    /// <summary>The smallest positive coefficient: how much a unit of price moves the most reluctant edge.</summary>
    public long SmallestPositive => Coefficients.Where(a => a > 0).DefaultIfEmpty(1).Min();

    /// <summary>The largest |a|: how much a unit of price moves the most eager edge.</summary>
    public long LargestMagnitude => Coefficients.Select(Math.Abs).DefaultIfEmpty(1).Max();

    /// <summary>Σ a_e over the edges <paramref name="rowToColumn"/> chooses.</summary>
    public long Covered(AssignmentProblem problem, int[] rowToColumn)
    {
        long sum = 0;
        for (var k = 0; k < Edges.Length; k++)
            if (rowToColumn[Rows[k]] == problem.EdgeColumns[Edges[k]]) sum += Coefficients[k];
        return sum;
    }

    public static Coverage Of(AssignmentProblem problem, ChangeBudget budget)
    {
        var edges = new List<int>();
        var rows = new List<int>();
        for (var i = 0; i < problem.Rows; i++)
            if (budget.PreviousColumn[i] >= 0 && problem.FindEdge(i, budget.PreviousColumn[i]) is var e and >= 0) { edges.Add(e); rows.Add(i); }
        return new Coverage(ConstraintReport.ChangeBudget, [.. edges], [.. rows], [.. edges.Select(_ => 1L)], edges.Count - budget.MaxMoves);
    }

    /// <summary>Σ over the columns' edges of (100 − s)·x for the group's rows and −s·x for the others ≥ 0.</summary>
    public static Coverage Of(AssignmentProblem problem, ColumnShare share)
    {
        var columns = share.Columns.ToHashSet();
        var group = share.Rows.ToHashSet();
        var edges = new List<int>();
        var rows = new List<int>();
        var coefficients = new List<long>();
        for (var i = 0; i < problem.Rows; i++)
            for (var e = problem.RowStart[i]; e < problem.RowStart[i + 1]; e++)
            {
                if (!columns.Contains(problem.EdgeColumns[e])) continue;
                edges.Add(e);
                rows.Add(i);
                coefficients.Add(group.Contains(i) ? 100 - share.SharePercent : -share.SharePercent);
            }
        return new Coverage(ConstraintReport.Share, [.. edges], [.. rows], [.. coefficients], 0);
    }

    public static Coverage Of(AssignmentProblem problem, RowGroupParity parity)
    {
        var protectedRows = parity.Protected.Distinct().ToArray();
        var referenceRows = parity.Reference.Distinct().ToArray();
        var edges = new List<int>();
        var rows = new List<int>();
        var coefficients = new List<long>();
        void Add(IEnumerable<int> group, long coefficient)
        {
            foreach (var i in group)
                for (var e = problem.RowStart[i]; e < problem.RowStart[i + 1]; e++) { edges.Add(e); rows.Add(i); coefficients.Add(coefficient); }
        }
        Add(protectedRows, 100L * referenceRows.Length);
        Add(referenceRows, -(long)parity.RatioPercent * protectedRows.Length);
        return new Coverage(ConstraintReport.Parity, [.. edges], [.. rows], [.. coefficients], 0);
    }
}
