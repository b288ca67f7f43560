namespace Matcher.Core.Assignment;

/// <summary>
/// The batch's assignment (maximise, rows optional, capacities, pins) over many edges, solved exactly on a few of them
/// (column generation by pricing): each row starts with its best edges; the solver's dual certificate (u, v) then says
/// which left-out edges could still improve the answer, those with s_ij &gt; u_i + v_j, and those join the next solve.
/// When no left-out edge prices in, the certificate of the restricted problem holds for all edges (u_i + v_j ≥ s_ij
/// everywhere, zero duality gap), so the answer is optimal for the whole problem. Each round adds at least one edge,
/// so it ends.
/// <para>
/// Of a row's edges only its best few are put in order (a selection, not a sort: a state's rows hold hundreds of
/// edges each, and sorting them all cost more than the solves). The restricted edges of a row are kept as a prefix of
/// its list; each round checks the rest, and those that price in join the prefix.
/// </para>
/// </summary>
public static class PricedAssignmentSolver
{
    /// <summary>What <see cref="Solve"/> found.</summary>
    /// <param name="Result">The assignment, optimal over all edges, with the restricted problem's certificate, which holds for every edge.</param>
    /// <param name="Restricted">The last restricted problem: <see cref="AssignmentVerifier.Verify"/> on it checks the certificate; the pricing has checked the edges left out.</param>
    /// <param name="Rounds">Solves needed.</param>
    public sealed record Outcome(AssignmentResult Result, AssignmentProblem Restricted, int Rounds);

    /// <summary>
    /// Solves over <paramref name="rowEdges"/> (each row's (column, score) list, scores ≥ 0; reordered in place). An edge
    /// may carry only an upper bound b of its score, written as the negative number <see cref="Unscored"/>(b): it is scored by
    /// <paramref name="scoreOnDemand"/> when b could price in, and never otherwise (b ≤ u_i + v_j bounds the score
    /// too). A row's best <paramref name="startPerRow"/> edges must be scored, or all of its edges.
    /// </summary>
    /// <param name="startPerRow">How many of its best edges each row starts with.</param>
    /// <param name="solve">
    /// The engine for each restricted problem, given the previous round's answer (null the first time) to start from:
    /// each round only adds edges, so that answer is nearly right (an engine may ignore it). It must return the dual
    /// certificate.
    /// </param>
    /// <param name="scoreOnDemand">
    /// The score of an edge given by its bound (row, column), or null when it falls below what the caller keeps: the
    /// edge is then left out. Called in parallel, for one row at a time per thread.
    /// </param>
    /// <param name="startPerPlace">
    /// When given, the start also leaves out, of those best edges, all but each column's best this many per place
    /// (ties kept): a smaller first problem whose certificate is already close; pricing brings back what matters.
    /// </param>
    public static Outcome Solve(int columns, IReadOnlyList<int> capacities, (int Column, long Score)[][] rowEdges, IReadOnlyList<(int Row, int Column)> pins,
        int startPerRow, Func<AssignmentProblem, AssignmentResult?, AssignmentResult> solve, int maxDegreeOfParallelism = -1, int? startPerPlace = null,
        Func<int, int, long?>? scoreOnDemand = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(rowEdges);
        ArgumentNullException.ThrowIfNull(pins);
        ArgumentNullException.ThrowIfNull(solve);
        ArgumentOutOfRangeException.ThrowIfLessThan(startPerRow, 1);
        var rows = rowEdges.Length;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(0, rows, parallel, i => SelectBest(rowEdges[i], startPerRow));

        var pinOf = new int[rows];
        Array.Fill(pinOf, -1);
        foreach (var (r, c) in pins) pinOf[r] = c;
        var taken = new int[rows];
        for (var i = 0; i < rows; i++) taken[i] = Math.Min(startPerRow, rowEdges[i].Length);
        if (startPerPlace is { } perPlace) CutStartPerColumn(columns, capacities, rowEdges, taken, perPlace);

        AssignmentResult? previous = null;
        for (var round = 1; ; round++)
        {
            var problem = Restricted(columns, capacities, rowEdges, pins, pinOf, taken);
            var result = solve(problem, previous);
            if (result.Status != AssignmentStatus.Optimal) return new Outcome(result, problem, round);

            var (u, v) = (result.RowPotentials, result.ColumnPotentials);
            previous = result;
            var grown = 0;
            Parallel.For(0, rows, parallel, i =>
            {
                if (pinOf[i] >= 0) return;
                var edges = rowEdges[i];
                var write = taken[i];
                // Those that price in move to the front of the rest (since v ≥ 0, none at or below u_i can).
                for (var k = write; k < edges.Length; k++)
                {
                    var (column, score) = edges[k];
                    if (score == Dropped) continue;
                    var known = score >= 0 ? score : -score - 1;
                    if (known <= u[i] || known <= u[i] + v[column]) continue;
                    if (score < 0)
                    {
                        // Only a bound so far, and it could price in: the score decides.
                        var scored = scoreOnDemand is null
                            ? throw new ArgumentException($"Edge ({i}, {column}) has no score and nothing to score it.", nameof(scoreOnDemand))
                            : scoreOnDemand(i, column);
                        edges[k] = (column, scored ?? Dropped);
                        if (scored is not { } s || s <= u[i] + v[column]) continue;
                    }
                    (edges[write], edges[k]) = (edges[k], edges[write++]);
                }
                if (write == taken[i]) return;
                taken[i] = write;
                Interlocked.Increment(ref grown);
            });
            if (grown == 0) return new Outcome(result, problem, round);
        }
    }

    /// <summary>An edge's score written for its upper bound <paramref name="bound"/> (≥ 0) when the score itself is not known yet.</summary>
    public static long Unscored(long bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bound);
        return -bound - 1;
    }

    /// <summary>An edge scored on demand below what the caller keeps.</summary>
    private const long Dropped = long.MinValue;

    /// <summary>
    /// Puts the <paramref name="count"/> best of <paramref name="edges"/> (by <see cref="BestFirst"/>) in order at the
    /// front, the rest behind in any order: a quickselect, then a sort of the front.
    /// </summary>
    internal static void SelectBest((int Column, long Score)[] edges, int count)
    {
        var span = edges.AsSpan();
        if (span.Length > count)
        {
            int low = 0, high = span.Length - 1;
            var comparer = default(BestFirst);
            while (low < high)
            {
                // Hoare partition around the middle element; then go on in the part that holds position count - 1.
                var pivot = span[low + (high - low) / 2];
                int a = low, b = high;
                while (a <= b)
                {
                    while (comparer.Compare(span[a], pivot) < 0) a++;
                    while (comparer.Compare(span[b], pivot) > 0) b--;
                    if (a > b) break;
                    (span[a], span[b]) = (span[b], span[a]);
                    a++;
                    b--;
                }
                if (count - 1 <= b) high = b;
                else if (count - 1 >= a) low = a;
                else break;
            }
            span = span[..count];
        }
        span.Sort(default(BestFirst));
    }

    /// <summary>Higher score first, then lower column; a struct, so the sort compares without a delegate call.</summary>
    private readonly struct BestFirst : IComparer<(int Column, long Score)>
    {
        public int Compare((int Column, long Score) a, (int Column, long Score) b) =>
            a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Column.CompareTo(b.Column);
    }

    /// <summary>
    /// Keeps of each row's starting edges only those at or above their column's (places × <paramref name="perPlace"/>)-th
    /// best starting score; the left-out ones move behind the kept ones.
    /// </summary>
    private static void CutStartPerColumn(int columns, IReadOnlyList<int> capacities, (int Column, long Score)[][] rowEdges, int[] taken, int perPlace)
    {
        var scores = new List<long>[columns];
        for (var j = 0; j < columns; j++) scores[j] = [];
        for (var i = 0; i < rowEdges.Length; i++)
            for (var k = 0; k < taken[i]; k++) scores[rowEdges[i][k].Column].Add(rowEdges[i][k].Score);
        var floor = new long[columns];
        for (var j = 0; j < columns; j++)
        {
            var keep = (long)Math.Max(1, capacities[j]) * perPlace;
            if (scores[j].Count <= keep) { floor[j] = long.MinValue; continue; }
            scores[j].Sort();
            floor[j] = scores[j][scores[j].Count - (int)keep];
        }
        var cut = new List<(int, long)>();
        for (var i = 0; i < rowEdges.Length; i++)
        {
            var edges = rowEdges[i];
            cut.Clear();
            var write = 0;
            for (var k = 0; k < taken[i]; k++)
            {
                if (edges[k].Score >= floor[edges[k].Column]) edges[write++] = edges[k];
                else cut.Add(edges[k]);
            }
            var kept = write;
            foreach (var e in cut) edges[write++] = e;
            taken[i] = kept;
        }
    }

    private static AssignmentProblem Restricted(int columns, IReadOnlyList<int> capacities, (int Column, long Score)[][] rowEdges,
        IReadOnlyList<(int Row, int Column)> pins, int[] pinOf, int[] taken)
    {
        long count = 0;
        for (var i = 0; i < rowEdges.Length; i++) count += pinOf[i] >= 0 ? 1 : taken[i];
        var edgeRows = new int[count];
        var edgeColumns = new int[count];
        var scores = new long[count];
        var at = 0;
        for (var i = 0; i < rowEdges.Length; i++)
        {
            var edges = rowEdges[i];
            if (pinOf[i] >= 0)
            {
                // A pinned row is fixed: its pin is its only edge that matters.
                var k = Array.FindIndex(edges, e => e.Column == pinOf[i]);
                if (k < 0) throw new ArgumentException($"Pin ({i}, {pinOf[i]}) is not among row {i}'s edges.", nameof(pins));
                (edgeRows[at], edgeColumns[at], scores[at]) = (i, edges[k].Column, edges[k].Score);
                at++;
                continue;
            }
            for (var k = 0; k < taken[i]; k++)
            {
                (edgeRows[at], edgeColumns[at], scores[at]) = (i, edges[k].Column, edges[k].Score);
                at++;
            }
        }
        return AssignmentProblem.Create(rowEdges.Length, columns, edgeRows, edgeColumns, scores, ObjectiveSense.Maximize, assignAllRows: false, capacities, pins);
    }
}
