using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// The capacitated assignment with side constraints a flow cannot express, solved with OR-Tools' CP-SAT:
/// <code>
/// maximise   Σ_e s_e·x_e                        over the allowed pairs e = (i, j), x_e ∈ {0, 1}
/// subject to Σ_{e ∋ i} x_e ≤ 1                  every row (candidate) at most one proposal
///            Σ_{e ∋ j} x_e ≤ cap_j              every column (vacancy) at most its places
///            x_e = 1                            every pin
///            Σ_{j ∈ G} Σ_{e ∋ j} x_e ≤ L_G       every column group G (an employer's vacancies) at most its limit
///            Σ_{i : (i, p_i) allowed} (1 − x_{i,p_i}) ≤ N   at most N of the previous proposals p changed
/// </code>
/// The optimum without side constraints (the flow solver's, exact) is an upper bound and, repaired greedily, the
/// starting hint. Each kind of constraint is then solved alone as well, to report what it costs.
/// </summary>
public static class ConstrainedAssignmentSolver
{
    /// <summary>Solves <paramref name="problem"/> (maximisation, rows optional) under <paramref name="constraints"/>.</summary>
    /// <param name="timeLimit">Wall time for each CP-SAT solve (the main one, then one per kind of constraint).</param>
    /// <param name="relativeGap">CP-SAT stops when (bound − objective) / bound falls below this.</param>
    public static ConstrainedAssignmentResult Solve(AssignmentProblem problem, SideConstraints constraints, TimeSpan timeLimit, double relativeGap = 0.0005)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(constraints);
        if (problem.Sense != ObjectiveSense.Maximize || problem.AssignAllRows)
            throw new ArgumentException("Side constraints are supported for the batch's shape: maximise the score, rows may stay unassigned.", nameof(problem));
        Validate(problem, constraints);

        var free = AssignmentSolver.Solve(problem);
        if (free.Status != AssignmentStatus.Optimal)
            return new ConstrainedAssignmentResult(ConstrainedStatus.Infeasible, Unassigned(problem), 0, 0, 0, [], 0, free.Message);

        var main = SolveOnce(problem, constraints, free.RowToColumn, timeLimit, relativeGap);
        var reports = new List<ConstraintReport>();
        if (main.Status is ConstrainedStatus.Optimal or ConstrainedStatus.Feasible)
        {
            if (constraints.GroupLimits.Count > 0)
                reports.Add(Report("employer limits", problem, free, constraints with { Changes = null }, timeLimit, relativeGap, GroupDetail(problem, constraints.GroupLimits, main.RowToColumn)));
            if (constraints.Changes is { } budget)
                reports.Add(Report("change budget", problem, free, constraints with { GroupLimits = [] }, timeLimit, relativeGap, ChangeDetail(problem, budget, main.RowToColumn)));
        }
        return main with { Unconstrained = free.Objective, Reports = reports };
    }

    private static ConstraintReport Report(string name, AssignmentProblem problem, AssignmentResult free, SideConstraints alone, TimeSpan timeLimit, double relativeGap, string detail)
    {
        if (Satisfies(problem, alone, free.RowToColumn)) return new ConstraintReport(name, false, 0, true, detail);
        var only = SolveOnce(problem, alone, free.RowToColumn, timeLimit, relativeGap);
        return new ConstraintReport(name, true, free.Objective - only.Objective, only.Status == ConstrainedStatus.Optimal, detail);
    }

    private static ConstrainedAssignmentResult SolveOnce(AssignmentProblem problem, SideConstraints constraints, int[] unconstrained, TimeSpan timeLimit, double relativeGap)
    {
        var clock = Stopwatch.StartNew();
        var model = new CpModel();
        var x = new BoolVar[problem.EdgeCount];
        var edgeRow = new int[problem.EdgeCount];
        var byColumn = new List<int>[problem.Columns];
        for (var j = 0; j < problem.Columns; j++) byColumn[j] = [];
        var objective = LinearExpr.NewBuilder(problem.EdgeCount);
        for (var i = 0; i < problem.Rows; i++)
        {
            var start = problem.RowStart[i];
            var end = problem.RowStart[i + 1];
            for (var e = start; e < end; e++)
            {
                x[e] = model.NewBoolVar("");
                edgeRow[e] = i;
                byColumn[problem.EdgeColumns[e]].Add(e);
                objective.AddTerm(x[e], problem.EdgeCosts[e]);
            }
            if (end - start > 1) model.AddAtMostOne(x[start..end]);
        }
        for (var j = 0; j < problem.Columns; j++)
            if (byColumn[j].Count > problem.Capacity(j)) model.Add(LinearExpr.Sum(byColumn[j].Select(e => x[e])) <= problem.Capacity(j));
        foreach (var (r, c) in problem.Pins)
        {
            var e = problem.FindEdge(r, c);
            if (e < 0) return Failed(problem, ConstrainedStatus.Infeasible, $"Pin ({r}, {c}) is not an allowed pair.", clock);
            model.Add(x[e] == 1);
        }
        foreach (var group in constraints.GroupLimits)
        {
            var edges = group.Columns.Distinct().SelectMany(j => byColumn[j]).Select(e => x[e]).ToList();
            if (edges.Count > group.Limit) model.Add(LinearExpr.Sum(edges) <= group.Limit);
        }
        if (constraints.Changes is { } budget)
        {
            var kept = StayingEdges(problem, budget).Select(e => x[e]).ToList();
            // Σ (1 − x) ≤ N  ⇔  Σ x ≥ |kept| − N
            if (kept.Count > budget.MaxMoves) model.Add(LinearExpr.Sum(kept) >= kept.Count - budget.MaxMoves);
        }
        model.Maximize(objective);

        var hint = Repair(problem, constraints, unconstrained);
        for (var i = 0; i < problem.Rows; i++)
            for (var e = problem.RowStart[i]; e < problem.RowStart[i + 1]; e++)
                model.AddHint(x[e], hint[i] == problem.EdgeColumns[e]);

        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{timeLimit.TotalSeconds} relative_gap_limit:{relativeGap} num_workers:{Math.Max(2, Environment.ProcessorCount)}"),
        };
        CpSolverStatus status;
        lock (OrToolsAssignmentSolver.NativeCalls) status = solver.Solve(model);
        if (status is CpSolverStatus.Infeasible)
            return Failed(problem, ConstrainedStatus.Infeasible, "No assignment meets the pins and the side constraints together.", clock);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return Failed(problem, ConstrainedStatus.Unsolved, $"CP-SAT found no assignment within {timeLimit.TotalSeconds:0.#} s ({status}).", clock);

        var rowToColumn = Unassigned(problem);
        long value = 0;
        for (var e = 0; e < x.Length; e++)
        {
            if (!solver.BooleanValue(x[e])) continue;
            rowToColumn[edgeRow[e]] = problem.EdgeColumns[e];
            value += problem.EdgeCosts[e];
        }
        var bound = Math.Max(value, (long)Math.Floor(solver.BestObjectiveBound + 1e-6));
        return new ConstrainedAssignmentResult(bound == value ? ConstrainedStatus.Optimal : ConstrainedStatus.Feasible,
            rowToColumn, value, bound, 0, [], clock.Elapsed.TotalSeconds, "");
    }

    /// <summary>
    /// The unconstrained optimum made feasible, greedily: in an over-full group the lowest-scoring unpinned pairs go;
    /// over the change budget, rows return to their previous columns (highest loss of score last) where there is room.
    /// </summary>
    private static int[] Repair(AssignmentProblem problem, SideConstraints constraints, int[] unconstrained)
    {
        var rowToColumn = (int[])unconstrained.Clone();
        var pinnedRows = problem.Pins.Select(p => p.Row).ToHashSet();
        var used = Used(problem.Columns, rowToColumn);
        long Score(int row) => rowToColumn[row] < 0 ? 0 : problem.EdgeCosts[problem.FindEdge(row, rowToColumn[row])];

        foreach (var group in constraints.GroupLimits)
        {
            var columns = group.Columns.ToHashSet();
            var excess = GroupCount(group, used) - group.Limit;
            if (excess <= 0) continue;
            var members = Enumerable.Range(0, problem.Rows).Where(i => rowToColumn[i] >= 0 && columns.Contains(rowToColumn[i]) && !pinnedRows.Contains(i)).OrderBy(Score).ToList();
            foreach (var i in members.Take(excess))
            {
                used[rowToColumn[i]]--;
                rowToColumn[i] = -1;
            }
        }
        if (constraints.Changes is { } budget)
        {
            var moved = Moved(problem, budget, rowToColumn).OrderByDescending(i => problem.EdgeCosts[problem.FindEdge(i, budget.PreviousColumn[i])] - Score(i)).ToList();
            var groupOf = new Dictionary<int, ColumnGroupLimit>();
            foreach (var g in constraints.GroupLimits) foreach (var j in g.Columns) groupOf[j] = g;
            foreach (var i in moved.Skip(budget.MaxMoves).Reverse())
            {
                var back = budget.PreviousColumn[i];
                if (pinnedRows.Contains(i) || used[back] >= problem.Capacity(back)) continue;
                if (groupOf.TryGetValue(back, out var g) && GroupCount(g, used) >= g.Limit) continue;
                if (rowToColumn[i] >= 0) used[rowToColumn[i]]--;
                rowToColumn[i] = back;
                used[back]++;
            }
        }
        return rowToColumn;
    }

    /// <summary>How many rows each column holds.</summary>
    private static int[] Used(int columns, int[] rowToColumn)
    {
        var used = new int[columns];
        foreach (var c in rowToColumn) if (c >= 0) used[c]++;
        return used;
    }

    private static int GroupCount(ColumnGroupLimit group, int[] used) => group.Columns.Distinct().Sum(j => used[j]);

    /// <summary>The edges (row, previous column) still allowed: the proposals that could stay.</summary>
    private static IEnumerable<int> StayingEdges(AssignmentProblem problem, ChangeBudget budget)
    {
        for (var i = 0; i < problem.Rows; i++)
            if (budget.PreviousColumn[i] >= 0 && problem.FindEdge(i, budget.PreviousColumn[i]) is var e and >= 0) yield return e;
    }

    /// <summary>Rows whose previous proposal could stay but does not.</summary>
    private static IEnumerable<int> Moved(AssignmentProblem problem, ChangeBudget budget, int[] rowToColumn) =>
        Enumerable.Range(0, problem.Rows).Where(i => budget.PreviousColumn[i] >= 0 && problem.FindEdge(i, budget.PreviousColumn[i]) >= 0 && rowToColumn[i] != budget.PreviousColumn[i]);

    private static bool Satisfies(AssignmentProblem problem, SideConstraints constraints, int[] rowToColumn) =>
        Used(problem.Columns, rowToColumn) is var used && constraints.GroupLimits.All(g => GroupCount(g, used) <= g.Limit)
        && (constraints.Changes is not { } budget || Moved(problem, budget, rowToColumn).Count() <= budget.MaxMoves);

    private static string GroupDetail(AssignmentProblem problem, IReadOnlyList<ColumnGroupLimit> groups, int[] rowToColumn)
    {
        var used = Used(problem.Columns, rowToColumn);
        var tight = groups.Where(g => GroupCount(g, used) >= g.Limit).Select(g => g.Name).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{tight.Count} of {groups.Count} limits reached") +
            (tight.Count == 0 ? "" : ": " + string.Join(", ", tight.Take(10)) + (tight.Count > 10 ? ", …" : ""));
    }

    private static string ChangeDetail(AssignmentProblem problem, ChangeBudget budget, int[] rowToColumn)
    {
        var forced = Enumerable.Range(0, problem.Rows).Count(i => budget.PreviousColumn[i] >= 0 && problem.FindEdge(i, budget.PreviousColumn[i]) < 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Moved(problem, budget, rowToColumn).Count()} of at most {budget.MaxMoves} changes used; {forced} previous proposals no longer possible");
    }

    private static void Validate(AssignmentProblem problem, SideConstraints constraints)
    {
        foreach (var g in constraints.GroupLimits)
        {
            if (g.Limit < 0) throw new ArgumentException($"Group '{g.Name}' has a negative limit {g.Limit}.", nameof(constraints));
            foreach (var j in g.Columns)
                if ((uint)j >= (uint)problem.Columns) throw new ArgumentException($"Group '{g.Name}' names column {j}, outside 0..{problem.Columns - 1}.", nameof(constraints));
        }
        if (constraints.Changes is { } budget)
        {
            if (budget.MaxMoves < 0) throw new ArgumentException($"The change budget {budget.MaxMoves} is negative.", nameof(constraints));
            if (budget.PreviousColumn.Count != problem.Rows) throw new ArgumentException($"{budget.PreviousColumn.Count} previous columns for {problem.Rows} rows.", nameof(constraints));
            foreach (var c in budget.PreviousColumn)
                if (c < -1 || c >= problem.Columns) throw new ArgumentException($"Previous column {c} lies outside -1..{problem.Columns - 1}.", nameof(constraints));
        }
    }

    private static int[] Unassigned(AssignmentProblem problem)
    {
        var result = new int[problem.Rows];
        Array.Fill(result, -1);
        return result;
    }

    private static ConstrainedAssignmentResult Failed(AssignmentProblem problem, ConstrainedStatus status, string message, Stopwatch clock) =>
        new(status, Unassigned(problem), 0, 0, 0, [], clock.Elapsed.TotalSeconds, message);
}
