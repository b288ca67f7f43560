using Google.OrTools.Graph;

namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// The assignment with limits on disjoint groups of columns (each vacancy belongs to one employer) is still a flow:
/// source → row (1) → column (its places) → group (its limit) → sink. Solved exactly with OR-Tools' MinCostFlow; a
/// network flow's optimum is integral, so no branching is needed. An optional bonus per edge lets the change budget's
/// Lagrangian price ride on the same flow.
/// </summary>
internal static class GroupFlow
{
    /// <summary>
    /// Maximises Σ (score + bonus) over the chosen edges; pins fixed beforehand. Null when the pins alone break a
    /// capacity or a group limit (infeasible), whatever the bonuses.
    /// </summary>
    /// <param name="groupOf">Each column's group, or -1.</param>
    public static int[]? Solve(AssignmentProblem problem, int[] groupOf, int[] groupLimits, long[]? bonus)
    {
        int rows = problem.Rows, columns = problem.Columns, groups = groupLimits.Length;
        var rowToColumn = new int[rows];
        Array.Fill(rowToColumn, -1);
        var capacity = new int[columns];
        for (var j = 0; j < columns; j++) capacity[j] = problem.Capacity(j);
        var groupRoom = (int[])groupLimits.Clone();
        var pinned = new bool[rows];
        foreach (var (r, c) in problem.Pins)
        {
            if (problem.FindEdge(r, c) < 0 || (pinned[r] && rowToColumn[r] != c)) return null;
            if (pinned[r]) continue;
            pinned[r] = true;
            rowToColumn[r] = c;
            if (--capacity[c] < 0 || (groupOf[c] >= 0 && --groupRoom[groupOf[c]] < 0)) return null;
        }

        // Nodes: rows, columns, groups, then the sink. A row's spare unit goes straight to the sink at no cost.
        int Column(int j) => rows + j;
        int Group(int g) => rows + columns + g;
        var sink = rows + columns + groups;
        var free = 0;
        lock (OrToolsAssignmentSolver.NativeCalls)
        {
            using var flow = new MinCostFlow();
            var arcs = new List<(int Row, int Column, int Arc)>(problem.EdgeCount);
            for (var i = 0; i < rows; i++)
            {
                if (pinned[i]) continue;
                free++;
                flow.SetNodeSupply(i, 1);
                for (var e = problem.RowStart[i]; e < problem.RowStart[i + 1]; e++)
                {
                    var value = problem.EdgeCosts[e] + (bonus is null ? 0 : bonus[e]);
                    if (value > 0) arcs.Add((i, problem.EdgeColumns[e], flow.AddArcWithCapacityAndUnitCost(i, Column(problem.EdgeColumns[e]), 1, -value)));
                }
                flow.AddArcWithCapacityAndUnitCost(i, sink, 1, 0);
            }
            for (var j = 0; j < columns; j++)
                if (capacity[j] > 0) flow.AddArcWithCapacityAndUnitCost(Column(j), groupOf[j] >= 0 ? Group(groupOf[j]) : sink, capacity[j], 0);
            for (var g = 0; g < groups; g++)
                if (groupRoom[g] > 0) flow.AddArcWithCapacityAndUnitCost(Group(g), sink, groupRoom[g], 0);
            flow.SetNodeSupply(sink, -free);
            // Every row may go straight to the sink, so the flow is always feasible: another status is a cost range
            // MinCostFlow cannot scale, which the callers' bounded bonuses rule out.
            var status = flow.Solve();
            if (status != MinCostFlowBase.Status.OPTIMAL)
                throw new InvalidOperationException($"MinCostFlow could not solve the employer-limited flow ({status}).");
            foreach (var (row, column, arc) in arcs)
                if (flow.Flow(arc) > 0) rowToColumn[row] = column;
        }
        return rowToColumn;
    }
}
