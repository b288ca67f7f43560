namespace Matcher.Core.Assignment;

/// <summary>
/// The solver's copy of a sparse problem's edges (costs negated when maximising), where each row's edges are put in
/// order of cost the second time the row is scanned. Column prices never rise above 0, so a scan of an ordered row
/// can stop at the first edge whose bare cost already reaches what it looks for. Rows scanned only once (most rows
/// of an easy instance, which the start assigns at once) are never sorted: sorting every row cost more than solving
/// such instances. Rows keep their ranges; within a row an edge is known by its column (the problem has no duplicates).
/// </summary>
internal sealed class CostOrderedEdges
{
    private readonly int[] rowStart;
    private readonly byte[] scans; // per row: 0 never scanned, 1 scanned once (unsorted), 2 sorted
    private CostAndColumn[] buffer = [];

    public CostOrderedEdges(int[] rowStart, int rows, int[] edgeColumn, long[] costs, bool negate)
    {
        this.rowStart = rowStart;
        scans = new byte[rows];
        Cost = GC.AllocateUninitializedArray<long>(costs.Length);
        Column = GC.AllocateUninitializedArray<int>(costs.Length);
        Packed = GC.AllocateUninitializedArray<PackedEdge>(costs.Length);
        for (var e = 0; e < costs.Length; e++)
        {
            Cost[e] = negate ? checked(-costs[e]) : costs[e];
            Column[e] = edgeColumn[e];
            Packed[e] = new PackedEdge(Cost[e], Column[e]);
        }
    }

    /// <summary>The same edges with cost and column side by side: the search reads a row's first edges in one cache line.</summary>
    public PackedEdge[] Packed { get; }

    public long[] Cost { get; }

    public int[] Column { get; }

    /// <summary>Whether <paramref name="row"/>'s edges are already in order of cost (without counting a scan).</summary>
    public bool IsOrdered(int row) => scans[row] == 2;

    /// <summary>
    /// Notes a scan of <paramref name="row"/> and returns whether its edges are in order of cost, sorting them on the
    /// second scan; the row's entry in <paramref name="assignedEdge"/> (an internal edge index, or -1) follows its edge.
    /// </summary>
    public bool Ordered(int row, int[] assignedEdge)
    {
        switch (scans[row])
        {
            case 2:
                return true;
            case 0:
                scans[row] = 1;
                return false;
            default:
                var (from, to) = (rowStart[row], rowStart[row + 1]);
                var held = assignedEdge[row] >= 0 ? Column[assignedEdge[row]] : -1;
                Sort(from, to);
                if (held >= 0) assignedEdge[row] = Array.IndexOf(Column, held, from, to - from);
                scans[row] = 2;
                return true;
        }
    }

    private void Sort(int from, int to)
    {
        var (cost, column) = (Cost, Column);
        if (to - from > 32)
        {
            // Long rows as (cost, column) pairs: Array.Sort with separate keys and items is several times slower.
            var pairs = buffer.Length >= to - from ? buffer.AsSpan(0, to - from) : (buffer = new CostAndColumn[to - from]).AsSpan();
            for (var e = from; e < to; e++) pairs[e - from] = new CostAndColumn(cost[e], column[e]);
            pairs.Sort();
            for (var e = from; e < to; e++) (cost[e], column[e]) = (pairs[e - from].Cost, pairs[e - from].Column);
            for (var e = from; e < to; e++) Packed[e] = new PackedEdge(cost[e], column[e]);
            return;
        }
        // Short rows: insertion sort.
        for (var e = from + 1; e < to; e++)
        {
            var (c, j) = (cost[e], column[e]);
            var k = e - 1;
            for (; k >= from && cost[k] > c; k--) (cost[k + 1], column[k + 1]) = (cost[k], column[k]);
            (cost[k + 1], column[k + 1]) = (c, j);
        }
        for (var e = from; e < to; e++) Packed[e] = new PackedEdge(cost[e], column[e]);
    }

    private readonly record struct CostAndColumn(long Cost, int Column) : IComparable<CostAndColumn>
    {
        public int CompareTo(CostAndColumn other) => Cost != other.Cost ? Cost.CompareTo(other.Cost) : Column.CompareTo(other.Column);
    }
}

/// <summary>An edge's cost and column in 12 bytes.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
internal readonly struct PackedEdge(long cost, int column)
{
    public readonly long Cost = cost;
    public readonly int Column = column;
}
