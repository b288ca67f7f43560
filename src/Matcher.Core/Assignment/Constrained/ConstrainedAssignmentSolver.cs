using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace Matcher.Core.Assignment.Constrained;

/// <summary>
/// The capacitated assignment with side constraints a flow cannot express:
/// <code>
/// maximise   Σ_e s_e·x_e                        over the allowed pairs e = (i, j), x_e ∈ {0, 1}
/// subject to Σ_{e ∋ i} x_e ≤ 1                  every row (candidate) at most one proposal
///            Σ_{e ∋ j} x_e ≤ cap_j              every column (vacancy) at most its places
///            x_e = 1                            every pin
///            Σ_{j ∈ G} Σ_{e ∋ j} x_e ≤ L_G       every column group G (an employer's vacancies) at most its limit
///            Σ_e a_{c,e}·x_e ≥ b_c              the change budget, parity, a share (<see cref="Coverage"/>)
/// </code>
/// Disjoint groups are one more layer of the flow (<see cref="GroupFlow"/>), the linear constraints are priced into it
/// (<see cref="LagrangianFlow"/>); OR-Tools' CP-SAT takes overlapping groups and closes gaps on small problems. Each kind
/// of constraint is then solved without as well, to report what it costs.
/// </summary>
public static class ConstrainedAssignmentSolver
{
    /// <summary>Solves <paramref name="problem"/> (maximisation, rows optional) under <paramref name="constraints"/>.</summary>
    /// <param name="timeLimit">
    /// Wall time for everything: the main solve may take two thirds of it, the solves behind the reports (one per kind of
    /// constraint, each without it) share what is left.
    /// </param>
    /// <param name="relativeGap">CP-SAT stops when (bound − objective) / bound falls below this.</param>
    public static ConstrainedAssignmentResult Solve(AssignmentProblem problem, SideConstraints constraints, TimeSpan timeLimit, double relativeGap = 0.0005)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(constraints);
        if (problem.Sense != ObjectiveSense.Maximize || problem.AssignAllRows)
            throw new ArgumentException("Side constraints are supported for the batch's shape: maximise the score, rows may stay unassigned.", nameof(problem));
        Validate(problem, constraints);

        var clock = Stopwatch.StartNew();
        var free = AssignmentSolver.Solve(problem);
        if (free.Status != AssignmentStatus.Optimal)
            return new ConstrainedAssignmentResult(ConstrainedStatus.Infeasible, Unassigned(problem), 0, 0, 0, [], 0, free.Message);

        var (main, prices) = SolveOnce(problem, constraints, free.RowToColumn, null, timeLimit * 2 / 3 - clock.Elapsed, relativeGap);
        var reports = new List<ConstraintReport>();
        if (main.Status is ConstrainedStatus.Optimal or ConstrainedStatus.Feasible)
        {
            var kinds = (constraints.GroupLimits.Count > 0 ? 1 : 0) + (constraints.Changes is null ? 0 : 1) + (constraints.Parity is null ? 0 : 1) + (constraints.Share is null ? 0 : 1);
            ConstraintReport Without(SideConstraints without, ConstraintReport detail)
            {
                var share = (timeLimit - clock.Elapsed) / Math.Max(1, kinds - reports.Count);
                return Report(problem, free, main, without, prices, share > TimeSpan.Zero ? share : TimeSpan.FromMilliseconds(1), relativeGap, detail);
            }
            if (constraints.GroupLimits.Count > 0)
                reports.Add(Without(constraints with { GroupLimits = [] }, GroupDetail(problem, constraints.GroupLimits, main.RowToColumn)));
            if (constraints.Changes is { } budget)
                reports.Add(Without(constraints with { Changes = null }, ChangeDetail(problem, budget, main.RowToColumn)));
            if (constraints.Parity is { } parity)
                reports.Add(Without(constraints with { Parity = null }, ParityDetail(parity, main.RowToColumn)));
            if (constraints.Share is { } share)
                reports.Add(Without(constraints with { Share = null }, ShareDetail(share, main.RowToColumn)));
        }
        return main with { Unconstrained = free.Objective, Reports = reports };
    }

    /// <summary>
    /// What one kind of constraint costs given the others: the optimum without it (the others kept) minus the run's
    /// objective, between the best assignment found without it and the bound. The run's own assignment meets the
    /// looser problem too, so the solve without it starts from there, and from the prices the full solve ended with.
    /// Binding when the cost is positive: dropping it would change the answer.
    /// </summary>
    private static ConstraintReport Report(AssignmentProblem problem, AssignmentResult free, ConstrainedAssignmentResult main,
        SideConstraints without, IReadOnlyDictionary<string, double>? prices, TimeSpan timeLimit, double relativeGap, ConstraintReport detail)
    {
        var relaxed = without.IsEmpty
            ? new ConstrainedAssignmentResult(ConstrainedStatus.Optimal, free.RowToColumn, free.Objective, free.Objective, free.Objective, [], 0, "")
            : SolveOnce(problem, without, free.RowToColumn, prices, timeLimit, relativeGap, incumbent: main.RowToColumn).Result;
        if (relaxed.Status is not (ConstrainedStatus.Optimal or ConstrainedStatus.Feasible))
            return detail with { Binding = false, Cost = 0, CostIsProved = false };
        var cost = Math.Max(0, relaxed.Objective - main.Objective);
        var atMost = relaxed.Status == ConstrainedStatus.Optimal ? cost : Math.Max(cost, relaxed.BestBound - main.Objective);
        return detail with { Binding = cost > 0, Cost = cost, CostIsProved = atMost == cost, CostAtMost = atMost };
    }

    /// <summary>Above this many allowed pairs CP-SAT is not asked to close a Lagrangian gap: it would not within the time.</summary>
    private const int CpSatEdgeLimit = 60_000;

    /// <summary>
    /// One solve under <paramref name="constraints"/>: the flow with the linear constraints priced in where the groups
    /// are disjoint, CP-SAT where they overlap or to close a gap on a small problem. Also returns the prices reached.
    /// </summary>
    private static (ConstrainedAssignmentResult Result, IReadOnlyDictionary<string, double>? Prices) SolveOnce(AssignmentProblem problem, SideConstraints constraints,
        int[] unconstrained, IReadOnlyDictionary<string, double>? startPrices, TimeSpan timeLimit, double relativeGap, int[]? incumbent = null)
    {
        var clock = Stopwatch.StartNew();
        ConstrainedAssignmentResult CpSat() => SolveWithCpSat(problem, constraints, incumbent ?? Repair(problem, constraints, unconstrained), long.MaxValue, timeLimit, relativeGap, clock);
        if (Partition(problem, constraints.GroupLimits) is not { } partition) return (CpSat(), null);
        var coverages = Coverages(problem, constraints);
        double[]? start = startPrices is null ? null : [.. coverages.Select(c => startPrices.GetValueOrDefault(c.Kind))];
        var priced = LagrangianFlow.Solve(problem, partition.GroupOf, partition.Limits, coverages, start, incumbent, clock, timeLimit, relativeGap);
        if (priced is null) return (CpSat(), null);
        var prices = coverages.Select((c, k) => (c.Kind, Price: priced.Prices[k])).ToDictionary(p => p.Kind, p => p.Price, StringComparer.Ordinal);
        if (priced.Infeasible >= 0)
        {
            var failing = coverages[priced.Infeasible];
            if (constraints.Changes is { } budget && failing.Kind == ConstraintReport.ChangeBudget)
            {
                var fewest = (int)(failing.Edges.Length - priced.MostCovered);
                return (Failed(problem, ConstrainedStatus.Infeasible, string.Create(CultureInfo.InvariantCulture,
                    $"At least {fewest} of the previous proposals have to change under these limits; the budget allows {budget.MaxMoves}."), clock) with { FewestChanges = fewest, Unmet = [failing.Kind] }, null);
            }
            var name = failing.Kind == ConstraintReport.Parity ? constraints.Parity!.Name : constraints.Share!.Name;
            return (Failed(problem, ConstrainedStatus.Infeasible, $"No assignment meets '{name}' under these limits.", clock) with { Unmet = [failing.Kind] }, null);
        }
        if (priced.InfeasibleTogether)
        {
            List<string> together = [.. constraints.GroupLimits.Count > 0 ? [ConstraintReport.EmployerLimits] : Array.Empty<string>(), .. coverages.Select(c => c.Kind)];
            return (Failed(problem, ConstrainedStatus.Infeasible, "Each side constraint can be met, but not all of them together under these limits.", clock) with { Unmet = together }, null);
        }
        // Several prices that found no assignment meeting all constraints within the time: CP-SAT gets what is left.
        if (priced.RowToColumn is not { } rowToColumn) return (CpSat(), prices);
        var (value, bound) = (priced.Value, priced.Bound);
        var gap = ConstrainedAssignmentResult.RelativeGap(bound, value);
        if (bound == value || gap <= relativeGap || problem.EdgeCount > CpSatEdgeLimit || clock.Elapsed >= timeLimit)
            return (new ConstrainedAssignmentResult(bound == value ? ConstrainedStatus.Optimal : ConstrainedStatus.Feasible, rowToColumn, value, bound, 0, [], clock.Elapsed.TotalSeconds, ""), prices);
        var polished = SolveWithCpSat(problem, constraints, rowToColumn, bound, timeLimit - clock.Elapsed, relativeGap, clock);
        return (polished.Objective >= value ? polished : polished with { RowToColumn = rowToColumn, Objective = value }, prices);
    }

    /// <summary>
    /// The groups as a partition of the columns (each column in at most one group, limits the tightest where a group
    /// is given twice); null when they overlap, which a flow cannot carry.
    /// </summary>
    private static (int[] GroupOf, int[] Limits)? Partition(AssignmentProblem problem, IReadOnlyList<ColumnGroupLimit> groups)
    {
        var groupOf = new int[problem.Columns];
        Array.Fill(groupOf, -1);
        var limits = new int[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            limits[g] = groups[g].Limit;
            foreach (var j in groups[g].Columns)
            {
                if (groupOf[j] == g) continue;
                if (groupOf[j] >= 0) return null;
                groupOf[j] = g;
            }
        }
        return (groupOf, limits);
    }

    private static ConstrainedAssignmentResult SolveWithCpSat(AssignmentProblem problem, SideConstraints constraints, int[] hint, long knownBound, TimeSpan timeLimit, double relativeGap, Stopwatch clock)
    {
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
        // The budget (Σ over previous proposals that could stay ≥ K − N), parity and the share, each one linear constraint.
        foreach (var coverage in Coverages(problem, constraints))
            if (coverage.Edges.Length > 0)
                model.Add(LinearExpr.WeightedSum(coverage.Edges.Select(e => x[e]), coverage.Coefficients) >= coverage.Required);
        model.Maximize(objective);

        for (var i = 0; i < problem.Rows; i++)
            for (var e = problem.RowStart[i]; e < problem.RowStart[i + 1]; e++)
                model.AddHint(x[e], hint[i] == problem.EdgeColumns[e]);

        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{Math.Max(0.1, timeLimit.TotalSeconds)} relative_gap_limit:{relativeGap} num_workers:{Math.Max(2, Environment.ProcessorCount)}"),
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
        var bound = Math.Max(value, Math.Min(knownBound, (long)Math.Floor(solver.BestObjectiveBound + 1e-6)));
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

    /// <summary>The change budget, parity and share given, each as the one linear constraint it is.</summary>
    private static List<Coverage> Coverages(AssignmentProblem problem, SideConstraints constraints)
    {
        var coverages = new List<Coverage>();
        if (constraints.Changes is { } changes) coverages.Add(Coverage.Of(problem, changes));
        if (constraints.Parity is { } parity) coverages.Add(Coverage.Of(problem, parity));
        if (constraints.Share is { } share) coverages.Add(Coverage.Of(problem, share));
        return coverages;
    }

    /// <summary>Rows whose previous proposal could stay but does not.</summary>
    private static IEnumerable<int> Moved(AssignmentProblem problem, ChangeBudget budget, int[] rowToColumn) =>
        Enumerable.Range(0, problem.Rows).Where(i => budget.PreviousColumn[i] >= 0 && problem.FindEdge(i, budget.PreviousColumn[i]) >= 0 && rowToColumn[i] != budget.PreviousColumn[i]);

    private static bool Satisfies(AssignmentProblem problem, SideConstraints constraints, int[] rowToColumn) =>
        Used(problem.Columns, rowToColumn) is var used && constraints.GroupLimits.All(g => GroupCount(g, used) <= g.Limit)
        && Coverages(problem, constraints).All(c => c.Covered(problem, rowToColumn) >= c.Required);

    private static ConstraintReport GroupDetail(AssignmentProblem problem, IReadOnlyList<ColumnGroupLimit> groups, int[] rowToColumn)
    {
        var used = Used(problem.Columns, rowToColumn);
        return new ConstraintReport(ConstraintReport.EmployerLimits, false, 0, false,
            Limits: groups.Count, LimitsReached: [.. groups.Where(g => GroupCount(g, used) >= g.Limit).Select(g => g.Name)]);
    }

    private static ConstraintReport ChangeDetail(AssignmentProblem problem, ChangeBudget budget, int[] rowToColumn) =>
        new(ConstraintReport.ChangeBudget, false, 0, false,
            ChangesUsed: Moved(problem, budget, rowToColumn).Count(), ChangesAllowed: budget.MaxMoves,
            ChangesForced: Enumerable.Range(0, problem.Rows).Count(i => budget.PreviousColumn[i] >= 0 && problem.FindEdge(i, budget.PreviousColumn[i]) < 0));

    private static ConstraintReport ParityDetail(RowGroupParity parity, int[] rowToColumn)
    {
        static double Rate(IReadOnlyList<int> rows, int[] x) => rows.Count == 0 ? 0 : rows.Distinct().Count(i => x[i] >= 0) / (double)rows.Distinct().Count();
        return new ConstraintReport(ConstraintReport.Parity, false, 0, false,
            ParityName: parity.Name, ProtectedRate: Math.Round(Rate(parity.Protected, rowToColumn), 4), ReferenceRate: Math.Round(Rate(parity.Reference, rowToColumn), 4),
            RatioPercent: parity.RatioPercent);
    }

    private static ConstraintReport ShareDetail(ColumnShare share, int[] rowToColumn)
    {
        var columns = share.Columns.ToHashSet();
        var group = share.Rows.ToHashSet();
        var proposals = Enumerable.Range(0, rowToColumn.Length).Where(i => rowToColumn[i] >= 0 && columns.Contains(rowToColumn[i])).ToList();
        return new ConstraintReport(ConstraintReport.Share, false, 0, false, ParityName: share.Name,
            ProtectedRate: proposals.Count == 0 ? 0 : Math.Round(proposals.Count(group.Contains) / (double)proposals.Count, 4), RatioPercent: share.SharePercent);
    }

    private static void Validate(AssignmentProblem problem, SideConstraints constraints)
    {
        if (constraints.Share is { } share)
        {
            if (share.SharePercent is < 1 or > 99) throw new ArgumentException($"Share '{share.Name}': {share.SharePercent} % lies outside 1..99 %.", nameof(constraints));
            foreach (var i in share.Rows)
                if ((uint)i >= (uint)problem.Rows) throw new ArgumentException($"Share '{share.Name}' names row {i}, outside 0..{problem.Rows - 1}.", nameof(constraints));
            foreach (var j in share.Columns)
                if ((uint)j >= (uint)problem.Columns) throw new ArgumentException($"Share '{share.Name}' names column {j}, outside 0..{problem.Columns - 1}.", nameof(constraints));
        }
        if (constraints.Parity is { } parity)
        {
            if (parity.RatioPercent is < 1 or > 150) throw new ArgumentException($"Parity '{parity.Name}': the ratio {parity.RatioPercent} % lies outside 1..150 %.", nameof(constraints));
            if (parity.Protected.Count == 0 || parity.Reference.Count == 0) throw new ArgumentException($"Parity '{parity.Name}': both groups need rows.", nameof(constraints));
            foreach (var i in parity.Protected.Concat(parity.Reference))
                if ((uint)i >= (uint)problem.Rows) throw new ArgumentException($"Parity '{parity.Name}' names row {i}, outside 0..{problem.Rows - 1}.", nameof(constraints));
            if (parity.Protected.Intersect(parity.Reference).Any()) throw new ArgumentException($"Parity '{parity.Name}': a row is in both groups.", nameof(constraints));
        }
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
