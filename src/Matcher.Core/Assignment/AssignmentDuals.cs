namespace Matcher.Core.Assignment;

/// <summary>
/// The LP dual certificate for an assignment found by a solver that gives none (OR-Tools' flow solvers): shortest-path
/// potentials π in the residual network of the assignment as a flow (rows → columns → sink, a row's "unassigned" arc
/// to the sink where rows are optional), found by Bellman–Ford with a queue. An optimal flow has no negative cycle,
/// so the potentials exist; in profit terms (s = score, or −cost when minimising) the columns' prices are
/// v_j = max(0, −π(j)) with π(sink) = 0 and each row takes u_i = max_j (s_ij − v_j), at least 0 where rows are
/// optional. Complementary slackness then gives Σu + Σ cap·v = the objective, which <see cref="AssignmentVerifier"/>
/// checks like any other certificate: a wrong assignment cannot pass.
/// </summary>
public static class AssignmentDuals
{
    /// <summary>Potentials for <paramref name="rowToColumn"/> in the convention of <see cref="AssignmentResult"/>.</summary>
    public static (long[] Rows, long[] Columns) For(AssignmentProblem problem, int[] rowToColumn)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rowToColumn);
        int rows = problem.Rows, columns = problem.Columns, sink = rows + columns;
        var maximize = problem.Sense == ObjectiveSense.Maximize;
        var pinned = new bool[rows];
        foreach (var (r, _) in problem.Pins) pinned[r] = true;
        var load = new int[columns];
        var capacity = new int[columns];
        for (var j = 0; j < columns; j++) capacity[j] = problem.Capacity(j);
        foreach (var (_, c) in problem.Pins.Distinct()) capacity[c]--;
        for (var i = 0; i < rows; i++)
            if (!pinned[i] && rowToColumn[i] >= 0) load[rowToColumn[i]]++;

        // Residual arcs (from, to, cost) of the flow, in profit terms: an arc's cost is −s.
        var from = new List<int>();
        var to = new List<int>();
        var cost = new List<long>();
        void Arc(int a, int b, long w) { from.Add(a); to.Add(b); cost.Add(w); }
        var rowStart = problem.RowStart;
        var edgeColumn = problem.EdgeColumns;
        var edgeCost = problem.EdgeCosts;
        for (var i = 0; i < rows; i++)
        {
            if (pinned[i]) continue;
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                var s = maximize ? edgeCost[e] : -edgeCost[e];
                var j = edgeColumn[e];
                if (rowToColumn[i] == j) Arc(rows + j, i, s); // used: only the way back
                else Arc(i, rows + j, -s);
            }
            if (!problem.AssignAllRows)
            {
                if (rowToColumn[i] < 0) Arc(sink, i, 0);
                else Arc(i, sink, 0);
            }
        }
        for (var j = 0; j < columns; j++)
        {
            if (load[j] < capacity[j]) Arc(rows + j, sink, 0);
            if (load[j] > 0) Arc(sink, rows + j, 0);
        }

        // A flow that is not optimal has a negative cycle and no potentials: then there is no certificate to give.
        if (ShortestFromEverywhere(sink + 1, from, to, cost) is not { } potential) return (new long[rows], new long[columns]);
        var columnPrice = new long[columns];
        for (var j = 0; j < columns; j++) columnPrice[j] = Math.Max(0, potential[sink] - potential[rows + j]);
        var rowPrice = new long[rows];
        for (var i = 0; i < rows; i++)
        {
            if (pinned[i]) continue;
            var best = problem.AssignAllRows ? long.MinValue : 0;
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
                best = Math.Max(best, (maximize ? edgeCost[e] : -edgeCost[e]) - columnPrice[edgeColumn[e]]);
            rowPrice[i] = best == long.MinValue ? 0 : best;
        }
        if (!maximize)
        {
            for (var i = 0; i < rows; i++) rowPrice[i] = -rowPrice[i];
            for (var j = 0; j < columns; j++) columnPrice[j] = -columnPrice[j];
        }
        return (rowPrice, columnPrice);
    }

    /// <summary>Bellman–Ford with a queue from a virtual source joined to every node at cost 0; null on a negative cycle.</summary>
    private static long[]? ShortestFromEverywhere(int nodes, List<int> from, List<int> to, List<long> cost)
    {
        var outStart = new int[nodes + 1];
        foreach (var a in from) outStart[a + 1]++;
        for (var n = 0; n < nodes; n++) outStart[n + 1] += outStart[n];
        var fill = (int[])outStart.Clone();
        var head = new int[from.Count];
        var weight = new long[from.Count];
        for (var k = 0; k < from.Count; k++)
        {
            var at = fill[from[k]]++;
            head[at] = to[k];
            weight[at] = cost[k];
        }
        var distance = new long[nodes];
        var queued = new bool[nodes];
        // A shortest path has at most `nodes` arcs; a node whose distance shrinks more often than that lies on a negative cycle.
        var edgesOnPath = new int[nodes];
        var queue = new Queue<int>(nodes);
        for (var n = 0; n < nodes; n++) { queue.Enqueue(n); queued[n] = true; }
        while (queue.TryDequeue(out var a))
        {
            queued[a] = false;
            for (var k = outStart[a]; k < outStart[a + 1]; k++)
            {
                var b = head[k];
                var through = distance[a] + weight[k];
                if (through >= distance[b]) continue;
                distance[b] = through;
                edgesOnPath[b] = edgesOnPath[a] + 1;
                if (edgesOnPath[b] > nodes) return null;
                if (!queued[b]) { queued[b] = true; queue.Enqueue(b); }
            }
        }
        return distance;
    }
}
