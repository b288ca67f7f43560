namespace Matcher.Core.Assignment;

/// <summary>
/// Checks a result against its problem without trusting the solver: feasibility, the objective, and the LP
/// optimality certificate. With the rows' potentials u and the columns' v, and the capacities left after the pins:
/// <list type="bullet">
/// <item>maximise, rows optional: u ≥ 0, v ≥ 0, u_i + v_j ≥ s_ij on every edge;</item>
/// <item>maximise, all rows: v ≥ 0, u_i + v_j ≥ s_ij;</item>
/// <item>minimise, all rows (LSAP): v ≤ 0, u_i + v_j ≤ c_ij;</item>
/// <item>minimise, rows optional: u ≤ 0, v ≤ 0, u_i + v_j ≤ c_ij;</item>
/// </list>
/// and Σ u_i + Σ cap_j·v_j equal to the objective of the non-pinned rows (zero duality gap). Weak duality then
/// proves that no feasible assignment is better. Exact integer arithmetic; O(E + R + C).
/// </summary>
public static class AssignmentVerifier
{
    public static VerificationReport Verify(AssignmentProblem problem, AssignmentResult result)
    {
        var problems = new List<string>();
        void Report(string message) { if (problems.Count < 20) problems.Add(message); }

        if (result.Status != AssignmentStatus.Optimal) return new VerificationReport(false, false, 0, [$"status is {result.Status}: {result.Message}"]);
        if (result.RowToColumn.Length != problem.Rows || result.RowPotentials.Length != problem.Rows || result.ColumnPotentials.Length != problem.Columns)
            return new VerificationReport(false, false, 0, ["result arrays do not fit the problem's size"]);

        var maximize = problem.Sense == ObjectiveSense.Maximize;
        var pinned = new bool[problem.Rows];
        var capacityLeft = new long[problem.Columns];
        for (var j = 0; j < problem.Columns; j++) capacityLeft[j] = problem.Capacity(j);
        foreach (var (r, c) in problem.Pins.Distinct())
        {
            pinned[r] = true;
            capacityLeft[c]--;
            if (result.RowToColumn[r] != c) Report($"pin ({r}, {c}) is not in the solution");
        }

        var load = new long[problem.Columns];
        long objective = 0, residualObjective = 0;
        for (var i = 0; i < problem.Rows; i++)
        {
            var j = result.RowToColumn[i];
            if (j < 0)
            {
                if (problem.AssignAllRows) Report($"row {i} is unassigned");
                continue;
            }
            var e = problem.FindEdge(i, j);
            if (e < 0) { Report($"row {i} is assigned to column {j}, which is not an allowed pair"); continue; }
            load[j]++;
            objective = checked(objective + problem.CostOf(e));
            if (!pinned[i]) residualObjective = checked(residualObjective + problem.CostOf(e));
        }
        for (var j = 0; j < problem.Columns; j++)
            if (load[j] > problem.Capacity(j)) Report($"column {j} holds {load[j]} rows, capacity {problem.Capacity(j)}");
        if (objective != result.Objective) Report($"objective {result.Objective} differs from the chosen pairs' total {objective}");
        var feasible = problems.Count == 0;

        var u = result.RowPotentials;
        var v = result.ColumnPotentials;
        var optionalRows = !problem.AssignAllRows;
        long dual = 0;
        for (var j = 0; j < problem.Columns; j++)
        {
            if (maximize ? v[j] < 0 : v[j] > 0) Report($"column potential v[{j}] = {v[j]} has the wrong sign");
            dual = checked(dual + capacityLeft[j] * v[j]);
        }
        for (var i = 0; i < problem.Rows; i++)
        {
            if (pinned[i]) continue;
            if (optionalRows && (maximize ? u[i] < 0 : u[i] > 0)) Report($"row potential u[{i}] = {u[i]} has the wrong sign");
            dual = checked(dual + u[i]);
            foreach (var (j, c) in problem.EdgesOf(i))
            {
                var sum = checked(u[i] + v[j]);
                if (maximize ? sum < c : sum > c) Report($"edge ({i}, {j}): u + v = {sum} violates the bound {c}");
            }
        }
        if (dual != residualObjective) Report($"duality gap: dual objective {dual}, primal {residualObjective}");
        return new VerificationReport(feasible, problems.Count == 0, dual, problems);
    }
}
