using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Matcher.Core.Assignment;

/// <summary>
/// Exact capacitated assignment by successive shortest augmenting paths with potentials (the sparse
/// Jonker–Volgenant / Hungarian scheme, extended to column capacities and optional rows).
/// <para>
/// Internally everything is a minimisation of cost c (the negated score when maximising). Rows carry potentials p,
/// columns q, with p_i + q_j ≤ c_ij on every edge and equality on chosen edges (complementary slackness); q_j ≤ 0,
/// and q_j = 0 while column j is not full. When rows are optional, each row has a private "unassigned" option of
/// cost 0 and potential 0, so leaving a row out is just another augmenting path.
/// </para>
/// <para>
/// A sparse square instance (every row required, one place per column) starts with an ε-scaling auction instead
/// (<see cref="ScaledAuction"/>), which usually ends with the answer and its certificate. Otherwise rows are first
/// assigned greedily to their cheapest column where that keeps the duals feasible. Each remaining row is then inserted
/// by one Dijkstra search over columns (a radix heap, reduced costs ≥ 0), which passes through full columns to the
/// rows they hold and ends at the nearest column with free capacity or unassigned option.
/// Worst case O(R · E log C) for R rows, E edges, C columns; in practice the searches stay local. From a warm start (a
/// previous answer with fewer edges) only the rows a new edge serves better are searched for.
/// Memory: the problem's arrays, plus for sparse instances an ordered copy of the edges (cost and column, and a packed
/// twin with the key: 32 bytes per edge, see <see cref="KeyOrderedEdges"/>), plus about 40 bytes per row and column.
/// </para>
/// </summary>
public static class AssignmentSolver
{
    private const long Infinity = long.MaxValue / 4;

    /// <summary>How many bidding steps per row the start may take on problems with shared columns, unless told otherwise.</summary>
    public const int DefaultStartStepsPerRow = 200;

    /// <summary>At most this many passes of the start over the rows it could not settle yet.</summary>
    private const int MaxStartPasses = 32;

    /// <summary>The start stops once a pass settles less than this share of the rows it tried.</summary>
    private const double MinShareSettledPerPass = 0.05;

    /// <summary>Solves <paramref name="problem"/>; cancellable between row insertions.</summary>
    public static AssignmentResult Solve(AssignmentProblem problem, CancellationToken cancellation = default) =>
        Solve(problem, DefaultStartStepsPerRow, cancellation);

    /// <summary>Solves <paramref name="problem"/>; cancellable between row insertions.</summary>
    /// <param name="startStepsPerRow">
    /// With shared columns, the bidding steps per row the start may take before the rest is left to the exact search
    /// (<see cref="DefaultStartStepsPerRow"/> by default). Problems where many rows want the same few columns, such as
    /// each person's best 40 pairs without a per-place cut, do better with a handful: their bidding wars run long.
    /// </param>
    public static AssignmentResult Solve(AssignmentProblem problem, int startStepsPerRow, CancellationToken cancellation = default) =>
        Solve(problem, startStepsPerRow, warm: null, cancellation);

    /// <summary>Solves <paramref name="problem"/> from a previous answer; cancellable between row insertions.</summary>
    /// <param name="startStepsPerRow">As for <see cref="Solve(AssignmentProblem, int, CancellationToken)"/>.</param>
    /// <param name="warm">
    /// An optimal answer to a problem with the same rows and columns and some of these edges (a warm start: pricing
    /// adds edges round by round), or null for a cold start. Its assignment and column prices are kept where they still
    /// hold; a row that a new edge would serve better goes to the exact search, and where that leaves a column with a
    /// free place at a price, a search backwards from the column fills the place or clears the price. The optimum is the
    /// same as from a cold start; complete instances always start cold.
    /// </param>
    public static AssignmentResult Solve(AssignmentProblem problem, int startStepsPerRow, AssignmentResult? warm, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startStepsPerRow);
        ArgumentNullException.ThrowIfNull(problem);
        if (warm is not null && (warm.RowToColumn.Length != problem.Rows || warm.ColumnPotentials.Length != problem.Columns || warm.Status != AssignmentStatus.Optimal))
            throw new ArgumentException("A warm start must be an optimal answer with the same rows and columns.", nameof(warm));
        var rows = problem.Rows;
        var cols = problem.Columns;
        var rowStart = problem.RowStart;
        var maximize = problem.Sense == ObjectiveSense.Maximize;
        var optional = !problem.AssignAllRows;
        var costs = problem.EdgeCosts;

        // Capacities left after the pins.
        var capacity = (int[])problem.CapacityArray.Clone();
        var pinnedEdge = new int[rows];
        Array.Fill(pinnedEdge, -1);
        foreach (var (pr, pc) in problem.Pins)
        {
            var e = problem.FindEdge(pr, pc);
            if (e < 0) return Infeasible(problem, $"Pin ({pr}, {pc}) is not an allowed pair.");
            if (pinnedEdge[pr] >= 0 && pinnedEdge[pr] != e) return Infeasible(problem, $"Row {pr} is pinned to two columns.");
            if (pinnedEdge[pr] == e) continue;
            pinnedEdge[pr] = e;
            if (--capacity[pc] < 0) return Infeasible(problem, $"Column {pc} has more pins than its capacity {problem.Capacity(pc)}.");
        }

        // Complete instances (every row holds every column, capacity 1, no pins) get a dense search per row below.
        var dense = !optional && problem.Pins.Count == 0 && IsComplete(rowStart, rows, cols) && capacity.All(c => c == 1);

        // Sparse square instances: prices from an ε-scaling auction, made exact by the searches from there.
        if (!dense && warm is null && !optional && rows == cols && problem.Pins.Count == 0 && capacity.All(c => c == 1)
            && SolveByAuction(problem, startStepsPerRow, cancellation) is { } auctioned)
            return auctioned;

        // Sparse instances: each row's edges in order of c − q from its second scan on (see KeyOrderedEdges), so that
        // scans stop early: most edges of the rows a search visits are never read. Dense instances keep the
        // problem's column order and read its own costs when minimising (a copy of a large dense instance costs more
        // in fresh memory pages than the whole solve); maximising needs them negated.
        long[] cost;
        int[] edgeColumn;
        KeyOrderedEdges? order = null;
        if (!dense)
        {
            order = new KeyOrderedEdges(rowStart, rows, problem.EdgeColumns, costs, maximize);
            (cost, edgeColumn) = (order.Cost, order.Column);
        }
        else if (maximize)
        {
            cost = GC.AllocateUninitializedArray<long>(costs.Length);
            for (var e = 0; e < cost.Length; e++) cost[e] = checked(-costs[e]);
            edgeColumn = problem.EdgeColumns;
        }
        else
        {
            cost = costs;
            edgeColumn = problem.EdgeColumns;
        }

        var p = new long[rows];
        var q = new long[cols];
        if (dense) warm = null; // complete instances are solved from scratch by the dense search
        // Internally prices are ≤ 0 (a cost discount); a start price of the wrong sign is no discount.
        if (warm is not null)
            for (var j = 0; j < cols; j++) q[j] = Math.Min(0, maximize ? -warm.ColumnPotentials[j] : warm.ColumnPotentials[j]);
        var assignedEdge = new int[rows];
        Array.Fill(assignedEdge, -1);
        var load = new int[cols];
        var head = new int[cols];
        Array.Fill(head, -1);
        var next = new int[rows];
        var prev = new int[rows];

        void Attach(int row, int edge)
        {
            var j = edgeColumn[edge];
            assignedEdge[row] = edge;
            prev[row] = -1;
            next[row] = head[j];
            if (head[j] >= 0) prev[head[j]] = row;
            head[j] = row;
        }

        void Detach(int row)
        {
            var j = edgeColumn[assignedEdge[row]];
            if (prev[row] >= 0) next[prev[row]] = next[row]; else head[j] = next[row];
            if (next[row] >= 0) prev[next[row]] = prev[row];
            assignedEdge[row] = -1;
        }

        // Start: Jonker-Volgenant augmenting row reduction. A row takes its cheapest option j1 (reduced cost u1);
        // a capacity-1 column's price drops by the gap to the second-best option u2, so the row ends tight at u2 and
        // any row it displaces is tried again at once (up to a budget). Every dual constraint stays satisfied, only full columns get
        // q < 0, and rows this cannot settle are left to the shortest-path phase.
        var deferred = new List<int>();
        var hasSharedColumns = capacity.Any(c => c > 1);
        var pending = new List<int>();
        if (warm is null)
        {
            for (var i = 0; i < rows; i++) if (pinnedEdge[i] < 0) pending.Add(i);
        }
        else
        {
            KeepWarmStart(problem, warm, cost, edgeColumn, capacity, load, q, p, pinnedEdge, optional, Attach, deferred);
        }
        // Rows a pass cannot settle (mostly ties between two full columns) are bid for again while passes still settle
        // a fair share of them: the prices other rows lowered meanwhile often break the tie, and each row settled here
        // is a search saved. The rest go to the exact search.
        for (var pass = 0; pass < MaxStartPasses && pending.Count > 0; pass++)
        {
            var again = new List<int>();
            var stack = new Stack<int>();
            // Tiny price gaps can start a long bidding war; past its budget the rest goes to the exact search. With
            // shared columns (the batch) a longer war is still cheaper than the searches it saves; on unit columns
            // (dense LSAP) long wars cost more than they save.
            var budget = (hasSharedColumns ? startStepsPerRow : 3L) * pending.Count;
            foreach (var first in pending)
            {
                stack.Push(first);
                while (stack.Count > 0)
                {
                    var i = stack.Pop();
                    if (--budget < 0)
                    {
                        deferred.Add(i);
                        continue;
                    }
                    long u1 = optional ? 0 : Infinity, u2 = Infinity;
                    int e1 = -1, e2 = -1; // -1 = the "unassigned" option (optional rows) or none
                    var ordered = order?.Ordered(i, assignedEdge, new ArrayPrices(q)) ?? false;
                    var sortedEnd = ordered ? order!.SortedEnd(i) : 0;
                    var far = 0;
                    for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
                    {
                        // Keys bound c − q from below: in the sorted prefix no later edge is among the best two.
                        if (ordered && order!.Packed[e].Key >= u2)
                        {
                            if (e < sortedEnd) break;
                            continue;
                        }
                        var h = cost[e] - q[edgeColumn[e]];
                        if (h < u1) { u2 = u1; e2 = e1; u1 = h; e1 = e; }
                        else if (h < u2) { u2 = h; e2 = e; }
                        else far++;
                    }
                    if (ordered) order!.AfterScan(i, far, u2);
                    if (e1 < 0)
                    {
                        if (optional) { p[i] = 0; continue; } // staying unassigned is cheapest
                        if (rowStart[i] == rowStart[i + 1]) return Infeasible(problem, $"Row {i} has no allowed column.");
                        deferred.Add(i);
                        continue;
                    }
                    var j1 = edgeColumn[e1];
                    if (load[j1] < capacity[j1])
                    {
                        p[i] = u1;
                        load[j1]++;
                        Attach(i, e1);
                        continue;
                    }
                    if (u2 == Infinity)
                    {
                        // An unbounded gap has no price: search later.
                        again.Add(i);
                        continue;
                    }
                    if (capacity[j1] != 1)
                    {
                        // A shared full column: the holder with the cheapest way out leaves; the price drops by δ and
                        // every holder that stays gains δ, bounded by their own slack, so all stay tight and feasible.
                        // (Capacity 0: pins took every place.)
                        if (capacity[j1] > 1 && u1 < u2)
                        {
                            var (leaving, delta) = SharedColumnTakeover(j1, u2 - u1, optional, order, head, next, assignedEdge, rowStart, edgeColumn, cost, q, p);
                            if (leaving >= 0)
                            {
                                q[j1] -= delta;
                                for (var r = head[j1]; r >= 0; r = next[r]) if (r != leaving) p[r] += delta;
                                Detach(leaving);
                                Attach(i, e1);
                                p[i] = cost[e1] - q[j1];
                                stack.Push(leaving);
                                continue;
                            }
                        }
                        // Indifferent between the full column and a second option that is open: take that.
                        if (u1 == u2 && e2 >= 0 && load[edgeColumn[e2]] < capacity[edgeColumn[e2]])
                        {
                            p[i] = u2;
                            load[edgeColumn[e2]]++;
                            Attach(i, e2);
                            continue;
                        }
                        if (u1 == u2 && e2 < 0)
                        {
                            p[i] = 0; // tie with the unassigned option: stay out
                            continue;
                        }
                        again.Add(i);
                        continue;
                    }
                    var displaced = head[j1];
                    if (u1 < u2)
                    {
                        q[j1] -= u2 - u1;
                        Detach(displaced);
                        Attach(i, e1);
                        p[i] = u2;
                        stack.Push(displaced);
                    }
                    else if (e2 >= 0 && load[edgeColumn[e2]] < capacity[edgeColumn[e2]])
                    {
                        p[i] = u2;
                        load[edgeColumn[e2]]++;
                        Attach(i, e2);
                    }
                    else if (e2 < 0)
                    {
                        p[i] = 0; // tie with the unassigned option: stay out
                    }
                    else
                    {
                        again.Add(i);
                    }
                }
            }
            var settledFew = again.Count > pending.Count * (1 - MinShareSettledPerPass);
            pending = again;
            if (settledFew) break;
        }
        deferred.AddRange(pending);
        deferred.Sort();

        // Complete instances (every row holds every column, capacity 1, no pins): a dense step per row, whole rows
        // scanned with SIMD instead of a heap (see DenseSearch), O(C) per scanned row, O(R · C²) in the worst case.
        if (dense)
        {
            var denseSearch = new DenseSearch(cols, rowStart, cost, p, q, head);
            foreach (var start in deferred)
            {
                if ((start & 255) == 0) cancellation.ThrowIfCancellationRequested();
                var sink = denseSearch.Run(start);
                if (sink < 0) return Infeasible(problem, $"Row {start} cannot be assigned.");
                load[sink]++;
                var column = sink;
                while (true)
                {
                    var row = denseSearch.PathRow(column);
                    var previous = assignedEdge[row] >= 0 ? edgeColumn[assignedEdge[row]] : -1;
                    if (previous >= 0) Detach(row);
                    Attach(row, rowStart[row] + column);
                    if (row == start) break;
                    column = previous;
                }
            }
            deferred.Clear();
        }

        // Dijkstra state, reset lazily by a per-search stamp. What a relaxation reads of a column (price, distance,
        // stamps, free places) lies together, so an edge costs one cache miss instead of six.
        var columns = new ColumnState[cols];
        for (var j = 0; j < cols; j++) columns[j] = new ColumnState { Q = q[j], Free = capacity[j] - load[j] };
        var heap = new RadixHeap();
        var scanned = new List<int>();
        var treeRows = new List<(int Row, long Base)>();
        var search = new SearchState(rowStart, columns, heap, order, assignedEdge);

        foreach (var start in deferred)
        {
            if ((++search.Stamp & 255) == 0) cancellation.ThrowIfCancellationRequested();
            heap.Clear(); // any first key: the start row's edges may have any sign; from there on distances only grow
            scanned.Clear();
            treeRows.Clear();
            search.BestTerminal = optional ? 0L : Infinity; // the start row's own "unassigned" option
            search.TerminalRow = start;
            search.FreeColumn = -1;
            search.FreeDist = Infinity;
            p[start] = 0;
            treeRows.Add((start, 0));
            search.Relax(start, 0, 0, terminal: false);

            var stampNow = search.Stamp;
            while (heap.Count > 0)
            {
                var j = heap.PopMin(out var d);
                if (columns[j].Done == stampNow || columns[j].Dist != d) continue; // an entry a shorter path replaced
                // Done once nothing queued is nearer than the best free column or unassigned option (ties go to a real column).
                if (d >= search.FreeDist || d > search.BestTerminal) break;
                columns[j].Done = stampNow;
                scanned.Add(j);
                for (var r = head[j]; r >= 0; r = next[r])
                {
                    treeRows.Add((r, d));
                    search.Relax(r, d, p[r], terminal: optional);
                }
            }
            var sink = -1;
            long delta;
            if (search.FreeColumn >= 0 && search.FreeDist <= search.BestTerminal)
            {
                sink = search.FreeColumn;
                delta = search.FreeDist;
            }
            else
            {
                if (!optional) return Infeasible(problem, $"Row {start} cannot be assigned without leaving another row out.");
                delta = search.BestTerminal;
            }

            // Dual update: keeps p_i + q_j ≤ c_ij everywhere and makes the new path tight.
            foreach (var j in scanned) columns[j].Q -= delta - columns[j].Dist;
            foreach (var (row, baseDist) in treeRows) p[row] += delta - baseDist;

            // Augment along the predecessor chain back to the start row.
            int column;
            if (sink >= 0)
            {
                column = sink;
                columns[sink].Free--;
            }
            else
            {
                if (search.TerminalRow == start) continue; // the start row stays unassigned
                column = edgeColumn[assignedEdge[search.TerminalRow]];
                Detach(search.TerminalRow);
            }
            while (true)
            {
                var edge = columns[column].PredEdge;
                var row = RowOfEdge(rowStart, edge);
                var previous = assignedEdge[row] >= 0 ? edgeColumn[assignedEdge[row]] : -1;
                if (previous >= 0) Detach(row);
                Attach(row, edge);
                if (row == start) break;
                column = previous;
            }
        }

        for (var j = 0; j < cols; j++) (q[j], load[j]) = (columns[j].Q, capacity[j] - columns[j].Free);
        // From a warm start, a column may end with a free place at a price.
        if (warm is not null) SettleColumnsWithRoom(rowStart, edgeColumn, cost, capacity, load, q, p, assignedEdge, pinnedEdge, head, next, Attach, Detach);

        // Result in the caller's sense; pinned rows are fixed and carry potential 0.
        var rowToColumn = new int[rows];
        long objective = 0;
        var u = new long[rows];
        var v = new long[cols];
        for (var j = 0; j < cols; j++) v[j] = maximize ? -q[j] : q[j];
        for (var i = 0; i < rows; i++)
        {
            // Pins are edges of the problem; assignments are the solver's own (internal order, costs negated when maximising).
            if (pinnedEdge[i] >= 0)
            {
                rowToColumn[i] = problem.EdgeColumns[pinnedEdge[i]];
                objective = checked(objective + costs[pinnedEdge[i]]);
                continue;
            }
            var e = assignedEdge[i];
            rowToColumn[i] = e >= 0 ? edgeColumn[e] : -1;
            if (e >= 0) objective = checked(objective + (maximize ? -cost[e] : cost[e]));
            u[i] = (maximize, optional) switch
            {
                (true, true) => Math.Max(0, -p[i]),
                (true, false) => -p[i],
                (false, true) => Math.Min(0, p[i]),
                _ => p[i],
            };
        }
        return new AssignmentResult(AssignmentStatus.Optimal, rowToColumn, objective, u, v, "");
    }

    /// <summary>
    /// Solves a sparse square instance through <see cref="ScaledAuction"/>: its complete assignment with its whole-unit
    /// prices is the answer where every row is then on its cheapest column (the certificate); otherwise (an auction
    /// stopped early, or rounding that left a row off its cheapest column) it is the warm start of the exact search,
    /// which keeps the rows that are and searches again for the others. Null where the auction does not apply.
    /// </summary>
    private static AssignmentResult? SolveByAuction(AssignmentProblem problem, int startStepsPerRow, CancellationToken cancellation)
    {
        var maximize = problem.Sense == ObjectiveSense.Maximize;
        var (rowStart, edgeColumn, edgeCost) = (problem.RowStart, problem.EdgeColumns, problem.EdgeCosts);
        if (ScaledAuction.Run(rowStart, edgeColumn, edgeCost, maximize, cancellation) is not { } auction) return null;
        // Internally a row pays c + price (c = −score when maximising): p = its own such sum, q = −price.
        var sign = maximize ? -1 : 1;
        var rowToColumn = new int[problem.Rows];
        var rowPotential = new long[problem.Rows];
        var tight = auction.Complete;
        long objective = 0;
        for (var i = 0; i < rowToColumn.Length; i++)
        {
            var own = auction.RowEdge[i];
            rowToColumn[i] = own >= 0 ? edgeColumn[own] : -1;
            if (own < 0) continue;
            objective = checked(objective + edgeCost[own]);
            var paid = sign * edgeCost[own] + auction.Price[edgeColumn[own]];
            for (var e = rowStart[i]; e < rowStart[i + 1] && tight; e++) tight = paid <= sign * edgeCost[e] + auction.Price[edgeColumn[e]];
            rowPotential[i] = sign * paid;
        }
        var columnPotential = new long[problem.Columns];
        for (var j = 0; j < columnPotential.Length; j++) columnPotential[j] = -sign * auction.Price[j];
        var result = new AssignmentResult(AssignmentStatus.Optimal, rowToColumn, objective, rowPotential, columnPotential, "");
        return tight ? result : Solve(problem, startStepsPerRow, result, cancellation);
    }

    /// <summary>
    /// Takes over a previous optimal answer: each row keeps its column where that is still an edge with room (internal
    /// edge indexes are the problem's before any search), potentials tight on it, or 0 when it stays out. A row for
    /// which a new edge is cheaper at these prices (or, with rows required, a row without a column) goes to
    /// <paramref name="deferred"/> instead.
    /// </summary>
    private static void KeepWarmStart(AssignmentProblem problem, AssignmentResult warm, long[] cost, int[] edgeColumn, int[] capacity, int[] load, long[] q,
        long[] p, int[] pinnedEdge, bool optional, Action<int, int> attach, List<int> deferred)
    {
        var rowStart = problem.RowStart;
        for (var i = 0; i < problem.Rows; i++)
        {
            if (pinnedEdge[i] >= 0) continue;
            var j = warm.RowToColumn[i];
            var e = j >= 0 ? problem.FindEdge(i, j) : -1;
            if (e < 0 || load[j] >= capacity[j])
            {
                if (!optional) { deferred.Add(i); continue; }
                e = -1;
            }
            var potential = e >= 0 ? cost[e] - q[j] : 0;
            var holds = !optional || potential <= 0;
            for (var k = rowStart[i]; k < rowStart[i + 1] && holds; k++) holds = potential <= cost[k] - q[edgeColumn[k]];
            if (!holds)
            {
                deferred.Add(i);
                continue;
            }
            p[i] = potential;
            if (e < 0) continue;
            attach(i, e);
            load[j]++;
        }
    }

    /// <summary>
    /// After a warm start's searches: a column with a free place must have price 0 (complementary slackness: an unfilled
    /// place is worth nothing). For each such column, a shortest-path search runs backwards, the mirror of the row
    /// insertion: from the column over the rows that could move in (reduced cost of their edge into it) to the columns
    /// those rows would leave, until the cheapest of two ends: a column's price rises to 0 (which may then keep a free
    /// place), or a row that is out moves in. Prices of the columns reached rise and their holders' potentials fall by
    /// what the search had left, so every constraint stays satisfied and the moved rows tight; then the rows move along
    /// the path. Each search fills a free place or clears a price, and no column gains a free place at a price, so this
    /// ends after at most as many searches as there are such places.
    /// </summary>
    private static void SettleColumnsWithRoom(int[] rowStart, int[] edgeColumn, long[] cost, int[] capacity, int[] load, long[] q, long[] p,
        int[] assignedEdge, int[] pinnedEdge, int[] head, int[] next, Action<int, int> attach, Action<int> detach)
    {
        int rows = rowStart.Length - 1, cols = q.Length;
        // The edges into each column, with their rows.
        var columnStart = new int[cols + 1];
        for (var e = 0; e < edgeColumn.Length; e++) columnStart[edgeColumn[e] + 1]++;
        for (var j = 0; j < cols; j++) columnStart[j + 1] += columnStart[j];
        var into = new (int Row, int Edge)[edgeColumn.Length];
        var fill = (int[])columnStart.Clone();
        for (var i = 0; i < rows; i++)
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++) into[fill[edgeColumn[e]]++] = (i, e);

        var heap = new IndexedMinHeap(cols);
        var distance = new long[cols];
        var predecessorEdge = new int[cols]; // the edge by which the column's holder would move out
        var seen = new int[cols];
        var done = new int[cols];
        var settled = new List<int>();
        var stamp = 0;
        for (var start = 0; start < cols; start++)
        {
            while (q[start] < 0 && load[start] < capacity[start])
            {
                stamp++;
                heap.Clear();
                settled.Clear();
                (distance[start], seen[start]) = (0, stamp);
                heap.InsertOrDecrease(start, 0);
                var best = Infinity;
                int endColumn = -1, enteringRow = -1, enteringEdge = -1;
                while (heap.Count > 0)
                {
                    var k = heap.PopMin(out var d);
                    if (d >= best) break;
                    done[k] = stamp;
                    settled.Add(k);
                    if (d - q[k] < best) (best, endColumn, enteringRow) = (d - q[k], k, -1);
                    for (var at = columnStart[k]; at < columnStart[k + 1]; at++)
                    {
                        var (r, e) = into[at];
                        if (pinnedEdge[r] >= 0 || assignedEdge[r] == e) continue;
                        var reached = d + cost[e] - p[r] - q[k];
                        if (reached >= best) continue;
                        var own = assignedEdge[r];
                        if (own < 0)
                        {
                            // A row that is out moves in: the path ends here.
                            (best, endColumn, enteringRow, enteringEdge) = (reached, k, r, e);
                            continue;
                        }
                        var l = edgeColumn[own];
                        if (done[l] == stamp || (seen[l] == stamp && reached >= distance[l])) continue;
                        (distance[l], seen[l], predecessorEdge[l]) = (reached, stamp, e);
                        heap.InsertOrDecrease(l, reached);
                    }
                }

                foreach (var k in settled)
                {
                    var rise = best - distance[k];
                    q[k] += rise;
                    for (var r = head[k]; r >= 0; r = next[r]) p[r] -= rise;
                }
                if (enteringRow >= 0) attach(enteringRow, enteringEdge);
                else if (endColumn == start) continue; // its own price reached 0: the place may stay free
                else load[endColumn]--; // its holder moves on below, and its price is 0 now
                // Along the path back to the start: each column's holder moves into the column it was reached from.
                for (var m = endColumn; m != start;)
                {
                    var e = predecessorEdge[m];
                    var mover = RowOfEdge(rowStart, e);
                    detach(mover);
                    attach(mover, e);
                    m = edgeColumn[e];
                }
                load[start]++;
            }
        }
    }

    /// <summary>
    /// For a row that wants the full shared column <paramref name="column"/> (gap <paramref name="gap"/> to its second
    /// option): the holder with the least slack leaves, and the price can drop by δ = min(gap, the least slack of the
    /// holders that stay), who all rise by δ, so every constraint stays satisfied and every holder tight. Returns the
    /// leaving row and δ. δ may be 0: the leaving holder then has an option as good as its place (often staying out,
    /// with integer scores), and giving the place to a row that strictly prefers it saves that row a search
    /// (bmatch_50k_20k: 10 % fewer columns scanned). (-1, 0) when the column has no holder.
    /// </summary>
    private static (int Leaving, long Delta) SharedColumnTakeover(
        int column, long gap, bool optional, KeyOrderedEdges? order, int[] head, int[] next, int[] assignedEdge, int[] rowStart, int[] edgeColumn, long[] cost, long[] q, long[] p)
    {
        int leaving = -1;
        long smallest = Infinity, second = Infinity;
        for (var r = head[column]; r >= 0; r = next[r])
        {
            // Slack of holder r: how far p_r can rise before another option (or staying out, for optional rows) is cheaper.
            var held = edgeColumn[assignedEdge[r]];
            var slack = optional ? -p[r] : Infinity;
            var ordered = order?.Ordered(r, assignedEdge, new ArrayPrices(q)) ?? false;
            var sortedEnd = ordered ? order!.SortedEnd(r) : 0;
            for (var e = rowStart[r]; e < rowStart[r + 1]; e++)
            {
                // Keys bound c − q from below: in the sorted prefix no later edge has less slack.
                if (ordered && order!.Packed[e].Key - p[r] >= slack)
                {
                    if (e < sortedEnd) break;
                    continue;
                }
                var k = edgeColumn[e];
                if (k == held) continue;
                var h = cost[e] - q[k] - p[r];
                if (h < slack) slack = h;
            }
            if (slack < smallest) { second = smallest; smallest = slack; leaving = r; }
            else if (slack < second) second = slack;
        }
        var delta = Math.Min(gap, second);
        return leaving < 0 || delta < 0 ? (-1, 0) : (leaving, delta);
    }

    private static bool IsComplete(int[] rowStart, int rows, int cols)
    {
        for (var i = 0; i < rows; i++) if (rowStart[i + 1] - rowStart[i] != cols) return false;
        return rows > 0;
    }

    /// <summary>
    /// One shortest augmenting path on a complete instance, as in Crouse's algorithm (SciPy's dense solver), but each
    /// row is scanned over all columns with SIMD instead of over a list of the columns still open: reduced costs from
    /// row i at distance d are d + c_ij − p_i − q_j. A column's key is 2 · distance + 1 if it is held, so the smallest
    /// key is the nearest column, and of equally near ones a free one (it ends the search at once). A settled column's
    /// key is −1: no distance (all are ≥ 0) improves on it, and as an unsigned number it is never the smallest.
    /// Sums cannot overflow: <see cref="AssignmentProblem.MaxCostMagnitude"/> bounds the costs. Updates the
    /// potentials exactly like the sparse search.
    /// </summary>
    private sealed class DenseSearch
    {
        private const long Unreached = Infinity << 1;
        private const long Settled = -1;

        private readonly int cols;
        private readonly int[] rowStart;
        private readonly long[] cost;
        private readonly long[] p;
        private readonly long[] q;
        private readonly int[] head;
        private readonly long[] key;
        private readonly long[] via;
        private readonly long[] busy;
        private readonly int[] scannedColumns;
        private readonly long[] scannedDistance;
        private readonly List<(int Row, long Base)> treeRows = [];
        private uint searches;

        public DenseSearch(int cols, int[] rowStart, long[] cost, long[] p, long[] q, int[] head)
        {
            (this.cols, this.rowStart, this.cost, this.p, this.q, this.head) = (cols, rowStart, cost, p, q, head);
            key = new long[cols];
            via = new long[cols];
            busy = new long[cols];
            for (var j = 0; j < cols; j++) busy[j] = head[j] >= 0 ? 1 : 0;
            scannedColumns = new int[cols];
            scannedDistance = new long[cols];
        }

        public int PathRow(int column) => (int)via[column];

        /// <summary>Finds the cheapest path from the free row <paramref name="start"/> to a free column and updates the duals; returns that column or -1.</summary>
        public int Run(int start)
        {
            searches++;
            TensorPrimitives.Add(busy, Unreached, key);
            // The start row's potential is its least reduced cost, so that every distance of this search is ≥ 0.
            var startCost = cost.AsSpan(rowStart[start], cols);
            var least = long.MaxValue;
            for (var j = 0; j < cols; j++) least = Math.Min(least, startCost[j] - q[j]);
            p[start] = least;
            treeRows.Clear();
            treeRows.Add((start, 0));
            var scanned = 0;
            var row = start;
            long reached = 0;
            int sink;
            while (true)
            {
                var (pick, smallest) = Scan(row, reached);
                if (pick < 0 || smallest >= Unreached) return -1;
                key[pick] = Settled;
                reached = (long)(smallest >> 1);
                if ((smallest & 1) == 0) { sink = pick; break; }
                scannedColumns[scanned] = pick;
                scannedDistance[scanned++] = reached;
                row = head[pick];
                treeRows.Add((row, reached));
            }
            for (var k = 0; k < scanned; k++) q[scannedColumns[k]] -= reached - scannedDistance[k];
            foreach (var (r, b) in treeRows) p[r] += reached - b;
            busy[sink] = 1; // the augmentation that follows assigns it
            return sink;
        }

        /// <summary>
        /// Relaxes every open column from <paramref name="row"/> (reached at distance <paramref name="reached"/>) and
        /// returns the open column with the smallest key, and that key: the hot loop of a dense instance (n² reads per
        /// search), optimised at once rather than after tiering (short solves would otherwise run much of it
        /// unoptimised). Of equal keys the first from a starting vector that changes with every search wins: always
        /// the lowest column made the searches on small integer costs, where ties abound, scan a fifth more rows.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private (int Column, ulong Key) Scan(int row, long reached)
        {
            var width = Vector<long>.Count;
            var full = cols - cols % width;
            var from = full == 0 ? 0 : (int)(unchecked(searches * 2654435761u) % (uint)(full / width)) * width;
            var offset = reached - p[row];
            ref var rowCost = ref cost[rowStart[row]];
            ref var keys = ref MemoryMarshal.GetArrayDataReference(key);
            ref var pred = ref MemoryMarshal.GetArrayDataReference(via);
            ref var price = ref MemoryMarshal.GetArrayDataReference(q);
            var shift = new Vector<long>(offset);
            var thisRow = new Vector<long>(row);
            var step = new Vector<long>(width);
            var least = new Vector<ulong>(ulong.MaxValue);
            var leastAt = Vector<long>.Zero;
            var index = Vector<long>.Indices + new Vector<long>(from);
            for (int done = 0, j = from; done < full; done += width, j += width)
            {
                if (j == full) { j = 0; index = Vector<long>.Indices; }
                var at = (nuint)j;
                var current = Vector.LoadUnsafe(ref keys, at);
                var candidate = ((Vector.LoadUnsafe(ref rowCost, at) - Vector.LoadUnsafe(ref price, at) + shift) << 1) | (current & Vector<long>.One);
                var improved = Vector.LessThan(candidate, current);
                current = Vector.Min(current, candidate);
                current.StoreUnsafe(ref keys, at);
                Vector.ConditionalSelect(improved, thisRow, Vector.LoadUnsafe(ref pred, at)).StoreUnsafe(ref pred, at);
                var unsigned = Vector.AsVectorUInt64(current);
                var lower = Vector.LessThan(unsigned, least);
                least = Vector.Min(unsigned, least);
                leastAt = Vector.ConditionalSelect(Vector.AsVectorInt64(lower), index, leastAt);
                index += step;
            }
            var (pick, best) = (-1, ulong.MaxValue);
            for (var lane = 0; lane < width; lane++)
                if (least[lane] < best) (best, pick) = (least[lane], (int)leastAt[lane]);
            for (var j = full; j < cols; j++)
            {
                var candidate = ((Unsafe.Add(ref rowCost, j) - q[j] + offset) << 1) | busy[j];
                if (candidate < key[j]) { key[j] = candidate; via[j] = row; }
                var unsigned = unchecked((ulong)key[j]);
                if (unsigned < best) (best, pick) = (unsigned, j);
            }
            return (pick, best);
        }
    }

    /// <summary>The row an edge index belongs to: binary search in the row offsets (only on augmentation paths).</summary>
    private static int RowOfEdge(int[] rowStart, int edge)
    {
        var i = Array.BinarySearch(rowStart, edge);
        if (i < 0) return ~i - 1;
        // Several empty rows can share an offset: the edge belongs to the last of them.
        while (i + 1 < rowStart.Length && rowStart[i + 1] == edge) i++;
        return i;
    }

    /// <summary>Column prices in the start: the array q.</summary>
    private readonly struct ArrayPrices(long[] q) : IColumnPrices
    {
        public long Of(int column) => q[column];
    }

    /// <summary>Column prices during the searches: each column's state.</summary>
    private readonly struct SearchPrices(ColumnState[] columns) : IColumnPrices
    {
        public long Of(int column) => columns[column].Q;
    }

    /// <summary>One column as the search sees it: price q, tentative distance, the stamps of the search that reached and settled it, free places, and the edge it was reached by.</summary>
    private struct ColumnState
    {
        public long Q;
        public long Dist;
        public int Seen;
        public int Done;
        public int Free;
        public int PredEdge;
    }

    /// <summary>The hot loop of the search, kept free of closures so the JIT can keep its arrays in registers.</summary>
    private sealed class SearchState(int[] rowStart, ColumnState[] columns, RadixHeap heap, KeyOrderedEdges? order, int[] assignedEdge)
    {
        public int Stamp;
        public long BestTerminal;
        public int TerminalRow;

        /// <summary>The nearest column with free capacity found so far (-1: none) and its distance.</summary>
        public int FreeColumn;
        public long FreeDist;

        /// <summary>Nothing at or beyond this distance can be on a better path: the nearest free column or unassigned option.</summary>
        public long Bound => Math.Min(FreeDist, BestTerminal + 1);

        /// <summary>Relaxes every edge of <paramref name="row"/>, reached at distance <paramref name="baseDist"/>; and its "unassigned" option when <paramref name="terminal"/>.</summary>
        public void Relax(int row, long baseDist, long rowPotential, bool terminal)
        {
            var offset = baseDist - rowPotential;
            // The row's own way out first: it tightens the bound for its edges.
            if (terminal && offset < BestTerminal)
            {
                BestTerminal = offset;
                TerminalRow = row;
            }
            // Only sparse instances search here (complete ones are done by the dense step), so there is always an
            // ordered copy; a row's edges are in order of key from its second scan on.
            var ordered = order!.Ordered(row, assignedEdge, new SearchPrices(columns));
            var stamp = Stamp;
            var edges = order.Packed;
            var end = rowStart[row + 1];
            var far = 0;
            var sortedEnd = ordered ? order.SortedEnd(row) : 0;
            for (var e = rowStart[row]; e < end; e++)
            {
                var (edgeCost, j) = (edges[e].Cost, edges[e].Column);
                // In order of key, a lower bound on c − q: once it reaches the bound, so does every later edge of the
                // sorted prefix, and every edge beyond it.
                if (ordered && offset + edges[e].Key >= Bound)
                {
                    if (e < sortedEnd) break;
                    continue;
                }
                ref var c = ref columns[j];
                if (c.Done == stamp) continue;
                var nd = offset + edgeCost - c.Q;
                if (c.Free > 0)
                {
                    // A free column ends any path through it: keep only the nearest, never queue it.
                    if (nd < FreeDist) { FreeDist = nd; FreeColumn = j; c.PredEdge = e; }
                    continue;
                }
                if (nd >= Bound)
                {
                    far++;
                    continue;
                }
                if (c.Seen != stamp || nd < c.Dist)
                {
                    c.Seen = stamp;
                    c.Dist = nd;
                    c.PredEdge = e;
                    heap.Push(j, nd);
                }
            }
            if (ordered) order.AfterScan(row, far, Bound - offset);
        }
    }

    private static AssignmentResult Infeasible(AssignmentProblem problem, string message)
    {
        var none = new int[problem.Rows];
        Array.Fill(none, -1);
        return new AssignmentResult(AssignmentStatus.Infeasible, none, 0, new long[problem.Rows], new long[problem.Columns], message);
    }
}
