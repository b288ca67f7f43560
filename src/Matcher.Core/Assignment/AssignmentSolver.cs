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
/// Rows are first assigned greedily to their cheapest column where that keeps the duals feasible. Each remaining row
/// is then inserted by one Dijkstra search over columns (a binary heap, reduced costs ≥ 0), which passes through full
/// columns to the rows they hold and ends at the nearest column with free capacity or unassigned option.
/// Worst case O(R · E log C) for R rows, E edges, C columns; in practice the searches stay local.
/// Memory: the problem's arrays plus about 40 bytes per row and column.
/// </para>
/// </summary>
public static class AssignmentSolver
{
    private const long Infinity = long.MaxValue / 4;

    /// <summary>Solves <paramref name="problem"/>; cancellable between row insertions.</summary>
    public static AssignmentResult Solve(AssignmentProblem problem, CancellationToken cancellation = default)
    {
        var rows = problem.Rows;
        var cols = problem.Columns;
        var rowStart = problem.RowStart;
        var edgeColumn = problem.EdgeColumns;
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

        var cost = new long[costs.Length];
        for (var e = 0; e < cost.Length; e++) cost[e] = maximize ? checked(-costs[e]) : costs[e];

        var p = new long[rows];
        var q = new long[cols];
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

        // Greedy start: the cheapest column of a row, when it still has room, keeps every dual constraint tight or slack
        // (all q are 0 so far, and p_i is the row minimum, at most the 0 of the unassigned option).
        var deferred = new List<int>();
        for (var i = 0; i < rows; i++)
        {
            if (pinnedEdge[i] >= 0) continue;
            var from = rowStart[i];
            var to = rowStart[i + 1];
            var best = optional ? 0 : Infinity;
            for (var e = from; e < to; e++) if (cost[e] < best) best = cost[e];
            if (optional && best == 0) continue; // Unassigned is as good as anything: p_i = 0.
            var chosen = -1;
            for (var e = from; e < to; e++)
                if (cost[e] == best && load[edgeColumn[e]] < capacity[edgeColumn[e]]) { chosen = e; break; }
            if (chosen >= 0)
            {
                p[i] = best;
                load[edgeColumn[chosen]]++;
                Attach(i, chosen);
            }
            else if (!optional && from == to)
            {
                return Infeasible(problem, $"Row {i} has no allowed column.");
            }
            else
            {
                deferred.Add(i);
            }
        }

        // Dijkstra state, reset lazily by a per-search stamp.
        var dist = new long[cols];
        var seen = new int[cols];
        var done = new int[cols];
        var predEdge = new int[cols];
        var predRow = new int[cols];
        var heap = new PriorityQueue<int, long>();
        var scanned = new List<int>();
        var treeRows = new List<(int Row, long Base)>();
        var stamp = 0;

        foreach (var start in deferred)
        {
            if ((++stamp & 255) == 0) cancellation.ThrowIfCancellationRequested();
            heap.Clear();
            scanned.Clear();
            treeRows.Clear();
            var bestTerminal = optional ? 0L : Infinity; // the start row's own "unassigned" option
            var terminalRow = start;
            p[start] = 0;
            treeRows.Add((start, 0));

            void Relax(int row, long baseDist)
            {
                var pr = p[row];
                for (var e = rowStart[row]; e < rowStart[row + 1]; e++)
                {
                    var j = edgeColumn[e];
                    if (done[j] == stamp) continue;
                    var nd = baseDist + cost[e] - pr - q[j];
                    if (seen[j] != stamp || nd < dist[j])
                    {
                        seen[j] = stamp;
                        dist[j] = nd;
                        predEdge[j] = e;
                        predRow[j] = row;
                        heap.Enqueue(j, nd);
                    }
                }
                if (optional && row != start)
                {
                    var nd = baseDist - pr;
                    if (nd < bestTerminal) { bestTerminal = nd; terminalRow = row; }
                }
            }

            Relax(start, 0);
            var sink = -1;
            long delta = 0;
            while (heap.TryDequeue(out var j, out var d))
            {
                if (done[j] == stamp || d != dist[j]) continue;
                if (d > bestTerminal) break;
                done[j] = stamp;
                if (load[j] < capacity[j])
                {
                    sink = j;
                    delta = d;
                    break;
                }
                scanned.Add(j);
                for (var r = head[j]; r >= 0; r = next[r])
                {
                    treeRows.Add((r, d));
                    Relax(r, d);
                }
            }
            if (sink < 0)
            {
                if (!optional) return Infeasible(problem, $"Row {start} cannot be assigned without leaving another row out.");
                delta = bestTerminal;
            }

            // Dual update: keeps p_i + q_j ≤ c_ij everywhere and makes the new path tight.
            foreach (var j in scanned) q[j] -= delta - dist[j];
            foreach (var (row, baseDist) in treeRows) p[row] += delta - baseDist;

            // Augment along the predecessor chain back to the start row.
            int column;
            if (sink >= 0)
            {
                column = sink;
                load[sink]++;
            }
            else
            {
                if (terminalRow == start) continue; // the start row stays unassigned
                column = edgeColumn[assignedEdge[terminalRow]];
                Detach(terminalRow);
            }
            while (true)
            {
                var row = predRow[column];
                var edge = predEdge[column];
                var previous = assignedEdge[row] >= 0 ? edgeColumn[assignedEdge[row]] : -1;
                if (previous >= 0) Detach(row);
                Attach(row, edge);
                if (row == start) break;
                column = previous;
            }
        }

        // Result in the caller's sense; pinned rows are fixed and carry potential 0.
        var rowToColumn = new int[rows];
        long objective = 0;
        var u = new long[rows];
        var v = new long[cols];
        for (var j = 0; j < cols; j++) v[j] = maximize ? -q[j] : q[j];
        for (var i = 0; i < rows; i++)
        {
            var e = pinnedEdge[i] >= 0 ? pinnedEdge[i] : assignedEdge[i];
            rowToColumn[i] = e >= 0 ? edgeColumn[e] : -1;
            if (e >= 0) objective = checked(objective + costs[e]);
            if (pinnedEdge[i] >= 0) continue;
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

    private static AssignmentResult Infeasible(AssignmentProblem problem, string message)
    {
        var none = new int[problem.Rows];
        Array.Fill(none, -1);
        return new AssignmentResult(AssignmentStatus.Infeasible, none, 0, new long[problem.Rows], new long[problem.Columns], message);
    }
}
