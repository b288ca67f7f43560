namespace Matcher.Core.Assignment;

/// <summary>
/// A capacitated bipartite assignment: rows (candidates) take at most one column (vacancy), or exactly one when
/// <see cref="AssignAllRows"/>; column j takes at most <c>Capacity(j)</c> rows. Only the given edges are allowed.
/// Pinned pairs must be part of any solution. Edges are kept in compressed sparse rows, sorted by column.
/// Costs are bounded by <see cref="MaxCostMagnitude"/>, so that no potential or path length of the solver can overflow.
/// Memory: 12 bytes per edge plus about 30 bytes per row and column.
/// </summary>
public sealed class AssignmentProblem
{
    private readonly int[] rowStart;
    private readonly int[] edgeColumn;
    private readonly long[] edgeCost;
    private readonly int[] capacities;

    private AssignmentProblem(int rows, int columns, int[] rowStart, int[] edgeColumn, long[] edgeCost, int[] capacities,
        ObjectiveSense sense, bool assignAllRows, (int Row, int Column)[] pins)
    {
        Rows = rows;
        Columns = columns;
        this.rowStart = rowStart;
        this.edgeColumn = edgeColumn;
        this.edgeCost = edgeCost;
        this.capacities = capacities;
        Sense = sense;
        AssignAllRows = assignAllRows;
        Pins = pins;
    }

    public int Rows { get; }

    public int Columns { get; }

    public int EdgeCount => edgeColumn.Length;

    public ObjectiveSense Sense { get; }

    /// <summary>True: every row must get exactly one column (LSAP). False: a row may stay unassigned.</summary>
    public bool AssignAllRows { get; }

    /// <summary>Pairs that must be in the solution.</summary>
    public IReadOnlyList<(int Row, int Column)> Pins { get; }

    public int Capacity(int column) => capacities[column];

    /// <summary>
    /// The largest |cost| allowed for a problem with <paramref name="rows"/> rows: (rows + 1) · |cost| stays below 2^57.
    /// Potentials and path lengths are sums of at most rows + 1 costs, so they keep a margin of 64 below the 64-bit
    /// range, which the solver's vectorised search needs (it cannot check each sum). Scores scaled by
    /// <c>ScoreScale</c> (10⁶ per unit) are far inside: 100,000 rows allow |cost| up to about 1.4 · 10¹².
    /// </summary>
    public static long MaxCostMagnitude(int rows) => (1L << 57) / ((long)rows + 1);

    internal int[] RowStart => rowStart;

    internal int[] EdgeColumns => edgeColumn;

    internal long[] EdgeCosts => edgeCost;

    internal int[] CapacityArray => capacities;

    /// <summary>The edges of <paramref name="row"/> as (column, cost), sorted by column.</summary>
    public IEnumerable<(int Column, long Cost)> EdgesOf(int row)
    {
        for (var e = rowStart[row]; e < rowStart[row + 1]; e++) yield return (edgeColumn[e], edgeCost[e]);
    }

    /// <summary>The index of edge (row, column), or -1 when the pair is not allowed. O(log degree).</summary>
    public int FindEdge(int row, int column)
    {
        if ((uint)row >= (uint)Rows) return -1;
        var i = Array.BinarySearch(edgeColumn, rowStart[row], rowStart[row + 1] - rowStart[row], column);
        return i >= 0 ? i : -1;
    }

    /// <summary>Cost of edge index <paramref name="edge"/>.</summary>
    public long CostOf(int edge) => edgeCost[edge];

    public static AssignmentProblem Create(int rows, int columns, IEnumerable<AssignmentEdge> edges, ObjectiveSense sense,
        bool assignAllRows, IReadOnlyList<int>? capacities = null, IEnumerable<(int Row, int Column)>? pins = null)
    {
        var list = edges as IReadOnlyCollection<AssignmentEdge> ?? edges.ToList();
        var r = new int[list.Count];
        var c = new int[list.Count];
        var w = new long[list.Count];
        var k = 0;
        foreach (var e in list) { r[k] = e.Row; c[k] = e.Column; w[k] = e.Cost; k++; }
        return Create(rows, columns, r, c, w, sense, assignAllRows, capacities, pins);
    }

    /// <summary>
    /// Builds a problem from parallel edge arrays; throws <see cref="ArgumentException"/> on an index out of range,
    /// a duplicate pair or a negative capacity. Capacities default to 1.
    /// </summary>
    public static AssignmentProblem Create(int rows, int columns, ReadOnlySpan<int> edgeRows, ReadOnlySpan<int> edgeColumns, ReadOnlySpan<long> costs,
        ObjectiveSense sense, bool assignAllRows, IReadOnlyList<int>? capacities = null, IEnumerable<(int Row, int Column)>? pins = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if (edgeRows.Length != edgeColumns.Length || edgeRows.Length != costs.Length) throw new ArgumentException("Edge arrays differ in length.");
        var caps = new int[columns];
        for (var j = 0; j < columns; j++)
        {
            caps[j] = capacities is null ? 1 : capacities[j];
            if (caps[j] < 0) throw new ArgumentException($"Column {j} has a negative capacity {caps[j]}.", nameof(capacities));
        }
        if (capacities is not null && capacities.Count != columns) throw new ArgumentException($"{capacities.Count} capacities for {columns} columns.", nameof(capacities));

        var start = new int[rows + 1];
        var maxCost = MaxCostMagnitude(rows);
        for (var e = 0; e < edgeRows.Length; e++)
        {
            if ((uint)edgeRows[e] >= (uint)rows || (uint)edgeColumns[e] >= (uint)columns)
                throw new ArgumentException($"Edge {e} ({edgeRows[e]}, {edgeColumns[e]}) lies outside {rows} x {columns}.");
            if (costs[e] > maxCost || costs[e] < -maxCost)
                throw new ArgumentException($"Edge {e} ({edgeRows[e]}, {edgeColumns[e]}) costs {costs[e]}, beyond ±{maxCost} (the bound for {rows} rows: (rows + 1) · |cost| < 2^57).", nameof(costs));
            start[edgeRows[e] + 1]++;
        }
        for (var i = 0; i < rows; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var col = new int[edgeRows.Length];
        var cost = new long[edgeRows.Length];
        for (var e = 0; e < edgeRows.Length; e++)
        {
            var at = fill[edgeRows[e]]++;
            col[at] = edgeColumns[e];
            cost[at] = costs[e];
        }
        for (var i = 0; i < rows; i++)
        {
            var from = start[i];
            var length = start[i + 1] - from;
            if (length < 2) continue;
            Array.Sort(col, cost, from, length);
            for (var e = from + 1; e < from + length; e++)
                if (col[e] == col[e - 1]) throw new ArgumentException($"Pair ({i}, {col[e]}) is given twice.");
        }
        var pinList = pins?.ToArray() ?? [];
        foreach (var (pr, pc) in pinList)
            if ((uint)pr >= (uint)rows || (uint)pc >= (uint)columns) throw new ArgumentException($"Pin ({pr}, {pc}) lies outside {rows} x {columns}.", nameof(pins));
        return new AssignmentProblem(rows, columns, start, col, cost, caps, sense, assignAllRows, pinList);
    }
}
