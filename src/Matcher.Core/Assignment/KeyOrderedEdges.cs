namespace Matcher.Core.Assignment;

/// <summary>
/// The solver's copy of a sparse problem's edges (costs negated when maximising), where each row's edges are put in
/// order of a lower bound on their reduced cost the second time the row is scanned: the key c_e − q_j at that moment.
/// Within a solve column prices q only fall (until the warm start's last step, which reads no keys), so c_e − q_j only
/// grows and the key stays a lower bound; a scan of an ordered row can stop at the first edge whose key already
/// reaches what it looks for. As prices fall further the keys grow stale, and the solver has a row sorted again
/// (<see cref="AfterScan"/>) when a scan reads several edges beyond its bound. Ordering by bare cost (a weaker bound,
/// as q ≤ 0) left 88 % of the edges a search read on bmatch_50k_20k beyond its bound: they led to vacancies whose price
/// made them far. Rows scanned only once (most rows of an easy instance, which the start assigns at once) are never
/// sorted: sorting every row cost more than solving such instances. A sort puts only the edges of smallest key in
/// order (<see cref="FirstPrefix"/>, four times as many after a scan went beyond them); the rest follow with keys no
/// smaller, unordered. Rows keep their ranges; within a row an edge is known by its column (the problem has no
/// duplicates).
/// </summary>
internal sealed class KeyOrderedEdges
{
    private readonly int[] rowStart;
    private readonly byte[] scans; // per row: 0 never scanned, 1 scanned once or due to be sorted again, 2 sorted
    private readonly int[] sortedEnd; // per sorted row: where its sorted prefix ends
    private readonly int[] prefixLength; // per row: how many edges its next sort puts in order
    private KeyedEdge[] buffer = [];

    /// <summary>
    /// How many of a row's edges its first sort puts in order (those of smallest key); the rest are only known to have
    /// keys no smaller. Most scans stop within a row's first few edges: on bmatch_50k_20k (110 edges per row) a whole
    /// sort took 31 % of the solve, selecting and sorting the first 16 about 20 % (8: as fast; 32: slower).
    /// </summary>
    private const int FirstPrefix = 16;

    public KeyOrderedEdges(int[] rowStart, int rows, int[] edgeColumn, long[] costs, bool negate)
    {
        this.rowStart = rowStart;
        scans = new byte[rows];
        sortedEnd = new int[rows];
        prefixLength = new int[rows];
        Array.Fill(prefixLength, FirstPrefix);
        Cost = GC.AllocateUninitializedArray<long>(costs.Length);
        Column = GC.AllocateUninitializedArray<int>(costs.Length);
        Packed = GC.AllocateUninitializedArray<PackedEdge>(costs.Length);
        for (var e = 0; e < costs.Length; e++)
        {
            Cost[e] = negate ? checked(-costs[e]) : costs[e];
            Column[e] = edgeColumn[e];
            Packed[e] = new PackedEdge(Cost[e], Cost[e], Column[e]); // the bare cost is the key until the row is sorted
        }
    }

    /// <summary>
    /// The same edges with cost, key and column side by side: the search reads a row's first edges in one cache line.
    /// The key is a lower bound on c_e − q_j for as long as prices do not rise (the bare cost until the row is sorted).
    /// </summary>
    public PackedEdge[] Packed { get; }

    public long[] Cost { get; }

    public int[] Column { get; }

    /// <summary>
    /// A scan (a bid in the start, a relaxation in a search) that reads this many edges beyond its bound has the row
    /// sorted again: the prices have risen past their keys since. On bmatch_50k_20k 4 took the solve from 4.2-4.8 s
    /// (sorted once) to 2.5-2.8 s; 16, 3.0-3.1 s; 2, 2.9-3.5 s (sorting too often).
    /// </summary>
    private const int StaleAfterFarEdges = 4;

    /// <summary>
    /// After a scan of an ordered <paramref name="row"/> that stopped at <paramref name="keyBound"/> (no edge with a key
    /// at or above it could serve) and found <paramref name="farEdges"/> edges beyond it all the same: has the row sorted
    /// again at its next scan where its keys have grown stale, or, where the scan went beyond the sorted prefix, sorted
    /// again with a prefix four times as long.
    /// </summary>
    public void AfterScan(int row, int farEdges, long keyBound)
    {
        if (farEdges >= StaleAfterFarEdges) scans[row] = 1;
        else if (sortedEnd[row] < rowStart[row + 1] && Packed[sortedEnd[row] - 1].Key < keyBound) Lengthen(row);
    }

    /// <summary>
    /// Where the sorted prefix of an ordered <paramref name="row"/> ends: its edges before this are in order of key, and
    /// every edge from here on has a key at least as large as theirs, in no order. A scan that stops at the first key
    /// reaching its bound may stop there only within the prefix; beyond it, it skips such edges.
    /// </summary>
    public int SortedEnd(int row) => sortedEnd[row];

    /// <summary>A scan of <paramref name="row"/> went beyond its sorted prefix: its next scan sorts it again, four times as far.</summary>
    public void Lengthen(int row)
    {
        prefixLength[row] = (int)Math.Min(int.MaxValue, 4L * prefixLength[row]);
        scans[row] = 1;
    }

    /// <summary>
    /// Notes a scan of <paramref name="row"/> and returns whether its edges are in order of key, sorting them on the
    /// second scan by c_e − q_j at the <paramref name="prices"/> of that moment; the row's entry in
    /// <paramref name="assignedEdge"/> (an internal edge index, or -1) follows its edge.
    /// </summary>
    public bool Ordered<TPrices>(int row, int[] assignedEdge, TPrices prices)
        where TPrices : struct, IColumnPrices
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
                sortedEnd[row] = Sort(from, to, Math.Min(to - from, prefixLength[row]), prices);
                if (held >= 0) assignedEdge[row] = Array.IndexOf(Column, held, from, to - from);
                scans[row] = 2;
                return true;
        }
    }

    /// <summary>Puts the <paramref name="count"/> edges of smallest key first, in order; returns where they end.</summary>
    private int Sort<TPrices>(int from, int to, int count, TPrices prices)
        where TPrices : struct, IColumnPrices
    {
        var edges = buffer.Length >= to - from ? buffer.AsSpan(0, to - from) : (buffer = new KeyedEdge[Math.Max(to - from, 2 * buffer.Length)]).AsSpan(0, to - from);
        for (var e = from; e < to; e++) edges[e - from] = new KeyedEdge(Cost[e] - prices.Of(Column[e]), Cost[e], Column[e]);
        if (count < edges.Length) SelectSmallest(edges, count);
        edges[..count].Sort();
        for (var e = from; e < to; e++)
        {
            var (key, cost, column) = edges[e - from];
            (Cost[e], Column[e]) = (cost, column);
            Packed[e] = new PackedEdge(cost, key, column);
        }
        return from + count;
    }

    /// <summary>
    /// Rearranges <paramref name="edges"/> so that its first <paramref name="count"/> have the smallest keys (Hoare's
    /// selection on the key alone: among equal keys at the boundary any will do, as the tail only needs keys no smaller).
    /// </summary>
    private static void SelectSmallest(Span<KeyedEdge> edges, int count)
    {
        int low = 0, high = edges.Length - 1;
        while (low < high)
        {
            var pivot = edges[low + (high - low) / 2].Key;
            int i = low, j = high;
            while (i <= j)
            {
                while (edges[i].Key < pivot) i++;
                while (edges[j].Key > pivot) j--;
                if (i <= j)
                {
                    (edges[i], edges[j]) = (edges[j], edges[i]);
                    i++;
                    j--;
                }
            }
            // Now edges[low..j] ≤ pivot ≤ edges[i..high]; the boundary count lies in one part or between them.
            if (count - 1 <= j) high = j;
            else if (count >= i) low = i;
            else return;
        }
    }

    private readonly record struct KeyedEdge(long Key, long Cost, int Column) : IComparable<KeyedEdge>
    {
        public int CompareTo(KeyedEdge other) => Key != other.Key ? Key.CompareTo(other.Key) : Column.CompareTo(other.Column);
    }
}

/// <summary>An edge's cost, key (see <see cref="KeyOrderedEdges.Packed"/>) and column in 20 bytes.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 4)]
internal readonly struct PackedEdge(long cost, long key, int column)
{
    public readonly long Cost = cost;
    public readonly long Key = key;
    public readonly int Column = column;
}

/// <summary>Where the solver keeps the column prices q at the moment (an array in the start, the search's column states later).</summary>
internal interface IColumnPrices
{
    long Of(int column);
}
