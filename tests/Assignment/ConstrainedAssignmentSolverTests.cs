using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Assignment;
using Matcher.Core.Assignment.Constrained;
using Xunit;

namespace Matcher.Tests.Assignment;

public class ConstrainedAssignmentSolverTests
{
    // Far above what these tiny instances need (milliseconds): a proof must not hinge on how busy the test machine is.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public void Reaches_the_brute_force_optimum_under_employer_limits_and_a_change_budget() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var (problem, constraints) = Build(seed);
            var result = ConstrainedAssignmentSolver.Solve(problem, constraints, Limit, relativeGap: 0);
            var expected = BruteForce(problem, constraints);
            return expected is null
                ? result.Status == ConstrainedStatus.Infeasible
                : result.Status == ConstrainedStatus.Optimal && result.Objective == expected && Meets(problem, constraints, result.RowToColumn)
                    && result.BestBound == expected && result.Gap == 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    [Fact]
    public void Reaches_the_brute_force_optimum_when_each_vacancy_belongs_to_one_employer() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            // Disjoint groups: the limits ride on the flow and the budget on its Lagrangian price.
            var (problem, constraints) = Build(seed, disjoint: true);
            var result = ConstrainedAssignmentSolver.Solve(problem, constraints, Limit, relativeGap: 0);
            var expected = BruteForce(problem, constraints);
            return expected is null
                ? result.Status == ConstrainedStatus.Infeasible
                : result.Status == ConstrainedStatus.Optimal && result.Objective == expected && Meets(problem, constraints, result.RowToColumn);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    [Fact]
    public void Each_report_costs_what_brute_force_gives_up_for_that_constraint_alone() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var (problem, constraints) = Build(seed, disjoint: seed % 2 == 0);
            var result = ConstrainedAssignmentSolver.Solve(problem, constraints, Limit, relativeGap: 0);
            if (BruteForce(problem, constraints) is not { } optimum) return result.Reports.Count == 0;
            long? Without(string kind) => BruteForce(problem, kind switch
            {
                ConstraintReport.EmployerLimits => constraints with { GroupLimits = [] },
                ConstraintReport.ChangeBudget => constraints with { Changes = null },
                ConstraintReport.Parity => constraints with { Parity = null },
                _ => constraints with { Share = null },
            });
            var wrong = result.Reports.Where(r => !(r.CostIsProved && r.Cost == r.CostAtMost && r.Cost == Without(r.Constraint) - optimum && r.Binding == r.Cost > 0)).ToList();
            // A failure says what each wrong report claims against brute force, so a rare one can be understood from the log.
            return wrong.Count == 0 ? true : throw new InvalidOperationException(
                $"Run {result.Status} {result.Objective} (bound {result.BestBound}, optimum {optimum}) in {result.Seconds:0.000} s; " +
                string.Join("; ", wrong.Select(r => $"{r.Constraint}: cost {r.Cost} up to {r.CostAtMost} (proved {r.CostIsProved}, binding {r.Binding}), brute force {Without(r.Constraint) - optimum}")));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    [Fact]
    public void The_priced_flow_alone_bounds_the_optimum_from_above_and_answers_only_with_assignments_that_meet_every_constraint() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            // The Lagrangian without CP-SAT behind it, from cold and from random warm prices.
            var (problem, constraints) = Build(seed, disjoint: true);
            var groupOf = Enumerable.Repeat(-1, problem.Columns).ToArray();
            for (var g = 0; g < constraints.GroupLimits.Count; g++) foreach (var j in constraints.GroupLimits[g].Columns) groupOf[j] = g;
            var limits = constraints.GroupLimits.Select(g => g.Limit).ToArray();
            var coverages = new List<Coverage>();
            if (constraints.Changes is { } budget) coverages.Add(Coverage.Of(problem, budget));
            if (constraints.Parity is { } parity) coverages.Add(Coverage.Of(problem, parity));
            if (constraints.Share is { } share) coverages.Add(Coverage.Of(problem, share));
            var expected = BruteForce(problem, constraints);
            var r = new Random(seed);
            foreach (var start in new[] { null, coverages.Select(_ => r.NextDouble() * 50).ToArray() })
            {
                var outcome = LagrangianFlow.Solve(problem, groupOf, limits, coverages, start, incumbent: null, System.Diagnostics.Stopwatch.StartNew(), Limit, relativeGap: 0);
                if (outcome is null || outcome.Infeasible >= 0)
                {
                    if (expected is not null) return false;
                    continue;
                }
                if (outcome.RowToColumn is null)
                {
                    // Only several prices may give up without an answer (CP-SAT then takes over); the bound still holds.
                    if (coverages.Count < 2 || (expected is { } e && outcome.Bound < e)) return false;
                    continue;
                }
                var value = Enumerable.Range(0, problem.Rows).Where(i => outcome.RowToColumn[i] >= 0).Sum(i => problem.CostOf(problem.FindEdge(i, outcome.RowToColumn[i])));
                if (expected is null || !Meets(problem, constraints, outcome.RowToColumn) || value != outcome.Value || value > expected || outcome.Bound < expected) return false;
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    [Fact]
    public void Without_side_constraints_it_is_the_flow_optimum() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var (problem, _) = Build(seed);
            var result = ConstrainedAssignmentSolver.Solve(problem, SideConstraints.None, Limit);
            var flow = AssignmentSolver.Solve(problem);
            return flow.Status == AssignmentStatus.Optimal
                ? result.Status == ConstrainedStatus.Optimal && result.Objective == flow.Objective && result.Unconstrained == flow.Objective && result.Reports.Count == 0
                : result.Status == ConstrainedStatus.Infeasible;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

    [Fact]
    public void An_employer_limit_that_changes_the_answer_is_reported_binding_with_its_cost()
    {
        // Two vacancies of one employer, each the best place for its candidate; the employer can take one newcomer.
        var problem = AssignmentProblem.Create(3, 3,
            [new(0, 0, 100), new(1, 1, 90), new(2, 1, 40), new(2, 2, 30)], ObjectiveSense.Maximize, assignAllRows: false);
        var limits = new SideConstraints([new ColumnGroupLimit("Bäckerei Schulz", [0, 1], 1)], null);

        var result = ConstrainedAssignmentSolver.Solve(problem, limits, Limit);

        Assert.Equal(ConstrainedStatus.Optimal, result.Status);
        Assert.Equal(220, result.Unconstrained);
        Assert.Equal(130, result.Objective);               // 0→0 (100) and 2→2 (30); row 1 waits
        Assert.Equal([0, -1, 2], result.RowToColumn);
        var report = Assert.Single(result.Reports);
        Assert.True(report.Binding);
        Assert.Equal(90, report.Cost);
        Assert.True(report.CostIsProved);
        Assert.Equal(["Bäckerei Schulz"], report.LimitsReached!);
    }

    [Fact]
    public void A_loose_limit_is_not_binding_and_costs_nothing()
    {
        var problem = AssignmentProblem.Create(2, 2, [new(0, 0, 10), new(1, 1, 10)], ObjectiveSense.Maximize, assignAllRows: false);
        var result = ConstrainedAssignmentSolver.Solve(problem, new SideConstraints([new ColumnGroupLimit("Firma", [0, 1], 2)], null), Limit);
        var report = Assert.Single(result.Reports);
        Assert.False(report.Binding);
        Assert.Equal(0, report.Cost);
        Assert.Equal(20, result.Objective);
    }

    [Fact]
    public void The_change_budget_keeps_previous_proposals_when_moving_would_exceed_it()
    {
        // Previously 0→0 and 1→1; the new best swaps both (score 2·50 against 2·40). With one change allowed a swap
        // (which changes both) is out, so both stay.
        var problem = AssignmentProblem.Create(2, 2,
            [new(0, 0, 40), new(0, 1, 50), new(1, 0, 50), new(1, 1, 40)], ObjectiveSense.Maximize, assignAllRows: false);
        var result = ConstrainedAssignmentSolver.Solve(problem, new SideConstraints([], new ChangeBudget([0, 1], 1)), Limit);

        Assert.Equal(ConstrainedStatus.Optimal, result.Status);
        Assert.Equal(100, result.Unconstrained);
        Assert.Equal(80, result.Objective);
        Assert.Equal([0, 1], result.RowToColumn);
        var report = Assert.Single(result.Reports);
        Assert.True(report.Binding);
        Assert.Equal(20, report.Cost);
        Assert.Equal((0, 1, 0), (report.ChangesUsed, report.ChangesAllowed, report.ChangesForced));
    }

    [Fact]
    public void A_budget_below_the_changes_a_new_limit_forces_says_how_many_are_needed()
    {
        // Both previously proposed to the one vacancy of a firm that may now take one newcomer: one proposal must change.
        var problem = AssignmentProblem.Create(2, 1, [new(0, 0, 10), new(1, 0, 10)], ObjectiveSense.Maximize, assignAllRows: false, capacities: [2]);
        var result = ConstrainedAssignmentSolver.Solve(problem,
            new SideConstraints([new ColumnGroupLimit("Firma", [0], 1)], new ChangeBudget([0, 0], 0)), Limit);
        Assert.Equal(ConstrainedStatus.Infeasible, result.Status);
        Assert.Equal(1, result.FewestChanges);
    }

    [Fact]
    public void Parity_lifts_the_protected_groups_rate_and_reports_both_rates_and_the_cost()
    {
        // Rows 0, 1 (protected) and 2, 3 (reference) compete for two places; the best pairs are the reference rows'.
        var problem = AssignmentProblem.Create(4, 2,
            [new(0, 0, 50), new(1, 1, 50), new(2, 0, 90), new(3, 1, 90)], ObjectiveSense.Maximize, assignAllRows: false);
        var result = ConstrainedAssignmentSolver.Solve(problem,
            new SideConstraints([], null, new RowGroupParity("Frauen gegenüber Männern", [0, 1], [2, 3], 80)), Limit);

        Assert.Equal(ConstrainedStatus.Optimal, result.Status);
        Assert.Equal(180, result.Unconstrained);
        Assert.Equal(140, result.Objective);                    // one place each: 1/2 ≥ 0.8 · 1/2
        var report = Assert.Single(result.Reports);
        Assert.Equal(ConstraintReport.Parity, report.Constraint);
        Assert.True(report.Binding);
        Assert.Equal(40, report.Cost);
        Assert.Equal((0.5, 0.5, 80), (report.ProtectedRate!.Value, report.ReferenceRate!.Value, report.RatioPercent!.Value));
    }

    [Fact]
    public void A_minimum_share_of_training_places_goes_to_the_young()
    {
        // Two training places (columns 0, 1); the older rows 2, 3 score higher; at least half must go to rows 0, 1.
        var problem = AssignmentProblem.Create(4, 2,
            [new(0, 0, 40), new(1, 1, 40), new(2, 0, 90), new(3, 1, 90)], ObjectiveSense.Maximize, assignAllRows: false);
        var result = ConstrainedAssignmentSolver.Solve(problem,
            new SideConstraints([], null, Share: new ColumnShare("Ausbildung für unter 25-Jährige", [0, 1], [0, 1], 50)), Limit);

        Assert.Equal(ConstrainedStatus.Optimal, result.Status);
        Assert.Equal(130, result.Objective);
        var report = Assert.Single(result.Reports);
        Assert.Equal(ConstraintReport.Share, report.Constraint);
        Assert.Equal((true, 50L, 0.5), (report.Binding, report.Cost, report.ProtectedRate!.Value));
    }

    [Fact]
    public void Pins_beyond_an_employer_limit_are_infeasible_not_silently_dropped()
    {
        var problem = AssignmentProblem.Create(2, 2, [new(0, 0, 10), new(1, 1, 10)], ObjectiveSense.Maximize, assignAllRows: false,
            pins: [(0, 0), (1, 1)]);
        var result = ConstrainedAssignmentSolver.Solve(problem, new SideConstraints([new ColumnGroupLimit("Firma", [0, 1], 1)], null), Limit);
        Assert.Equal(ConstrainedStatus.Infeasible, result.Status);
        Assert.NotEmpty(result.Message);
    }

    [Fact]
    public void Malformed_constraints_are_refused_with_the_reason()
    {
        var problem = AssignmentProblem.Create(1, 1, [new(0, 0, 10)], ObjectiveSense.Maximize, assignAllRows: false);
        Assert.Contains("negative limit", Assert.Throws<ArgumentException>(() =>
            ConstrainedAssignmentSolver.Solve(problem, new SideConstraints([new ColumnGroupLimit("Firma", [0], -1)], null), Limit)).Message, StringComparison.Ordinal);
        Assert.Contains("column 3", Assert.Throws<ArgumentException>(() =>
            ConstrainedAssignmentSolver.Solve(problem, new SideConstraints([new ColumnGroupLimit("Firma", [3], 1)], null), Limit)).Message, StringComparison.Ordinal);
        Assert.Contains("2 previous columns for 1 rows", Assert.Throws<ArgumentException>(() =>
            ConstrainedAssignmentSolver.Solve(problem, new SideConstraints([], new ChangeBudget([0, 0], 1)), Limit)).Message, StringComparison.Ordinal);
        var minimise = AssignmentProblem.Create(1, 1, [new(0, 0, 10)], ObjectiveSense.Minimize, assignAllRows: true);
        Assert.Throws<ArgumentException>(() => ConstrainedAssignmentSolver.Solve(minimise, SideConstraints.None, Limit));
    }

    /// <summary>A random batch-shaped instance (maximise, rows optional, some pins) with random employer groups and a budget.</summary>
    private static (AssignmentProblem, SideConstraints) Build(int seed, bool disjoint = false)
    {
        var r = new Random(seed);
        var rows = r.Next(0, 6);
        var cols = r.Next(1, 5);
        var edges = new List<AssignmentEdge>();
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < cols; j++)
                if (r.NextDouble() < 0.6) edges.Add(new AssignmentEdge(i, j, r.Next(-5, 30)));
        var caps = Enumerable.Range(0, cols).Select(_ => r.Next(0, 3)).ToArray();
        var pins = edges.Where(_ => r.NextDouble() < 0.08).Select(e => (e.Row, e.Column)).ToList();
        var problem = AssignmentProblem.Create(rows, cols, edges, ObjectiveSense.Maximize, assignAllRows: false, caps, pins);
        var groups = disjoint
            ? Enumerable.Range(0, cols).GroupBy(_ => r.Next(0, 3)).Select(g => new ColumnGroupLimit($"Firma {g.Key}", g.ToArray(), r.Next(0, 3))).ToList()
            : Enumerable.Range(0, r.Next(0, 3))
                .Select(g => new ColumnGroupLimit($"Firma {g}", Enumerable.Range(0, cols).Where(_ => r.NextDouble() < 0.5).ToArray(), r.Next(0, 3)))
                .ToList();
        var budget = r.Next(2) == 0 ? null : new ChangeBudget(Enumerable.Range(0, rows).Select(_ => r.Next(-1, cols)).ToArray(), r.Next(0, 3));
        RowGroupParity? parity = null;
        if (rows >= 2 && r.Next(2) == 0)
        {
            var split = r.Next(1, rows);
            parity = new RowGroupParity("Gruppe", [.. Enumerable.Range(0, split)], [.. Enumerable.Range(split, rows - split)], r.Next(50, 121));
        }
        ColumnShare? share = null;
        if (rows >= 1 && r.Next(3) == 0)
            share = new ColumnShare("Ausbildung für unter 25-Jährige", [.. Enumerable.Range(0, rows).Where(_ => r.Next(2) == 0)],
                [.. Enumerable.Range(0, cols).Where(_ => r.Next(2) == 0)], r.Next(20, 80));
        return (problem, new SideConstraints(groups, budget, parity, share));
    }

    private static bool Meets(AssignmentProblem problem, SideConstraints constraints, int[] rowToColumn)
    {
        var used = new int[problem.Columns];
        for (var i = 0; i < rowToColumn.Length; i++)
        {
            if (rowToColumn[i] < 0) continue;
            if (problem.FindEdge(i, rowToColumn[i]) < 0 || ++used[rowToColumn[i]] > problem.Capacity(rowToColumn[i])) return false;
        }
        if (problem.Pins.Any(p => rowToColumn[p.Row] != p.Column)) return false;
        if (constraints.GroupLimits.Any(g => g.Columns.Distinct().Sum(j => used[j]) > g.Limit)) return false;
        if (constraints.Parity is { } parity)
        {
            var inProtected = parity.Protected.Count(i => rowToColumn[i] >= 0);
            var inReference = parity.Reference.Count(i => rowToColumn[i] >= 0);
            if (100L * parity.Reference.Count * inProtected < (long)parity.RatioPercent * parity.Protected.Count * inReference) return false;
        }
        if (constraints.Share is { } share)
        {
            var proposals = Enumerable.Range(0, problem.Rows).Where(i => rowToColumn[i] >= 0 && share.Columns.Contains(rowToColumn[i])).ToList();
            if (100L * proposals.Count(share.Rows.Contains) < (long)share.SharePercent * proposals.Count) return false;
        }
        if (constraints.Changes is { } b)
        {
            var moves = Enumerable.Range(0, problem.Rows).Count(i => b.PreviousColumn[i] >= 0 && problem.FindEdge(i, b.PreviousColumn[i]) >= 0 && rowToColumn[i] != b.PreviousColumn[i]);
            if (moves > b.MaxMoves) return false;
        }
        return true;
    }

    /// <summary>The optimum over every assignment meeting all constraints; null when there is none.</summary>
    private static long? BruteForce(AssignmentProblem problem, SideConstraints constraints)
    {
        var choice = new int[problem.Rows];
        long? best = null;

        void Walk(int row)
        {
            if (row == problem.Rows)
            {
                if (!Meets(problem, constraints, choice)) return;
                var total = Enumerable.Range(0, problem.Rows).Where(i => choice[i] >= 0).Sum(i => problem.CostOf(problem.FindEdge(i, choice[i])));
                if (best is null || total > best) best = total;
                return;
            }
            choice[row] = -1;
            Walk(row + 1);
            foreach (var (c, _) in problem.EdgesOf(row))
            {
                choice[row] = c;
                Walk(row + 1);
            }
        }

        Walk(0);
        return best;
    }
}
