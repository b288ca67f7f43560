using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Assignment;
using Xunit;

namespace Matcher.Tests.Assignment;

public class AssignmentSolverTests
{
    private static bool AgreesWithBruteForce(AssignmentProblem problem)
    {
        var result = AssignmentSolver.Solve(problem);
        var expected = RandomInstances.BruteForce(problem);
        return expected is null
            ? result.Status == AssignmentStatus.Infeasible
            : result.Status == AssignmentStatus.Optimal && result.Objective == expected;
    }

    [Fact]
    public void Optimum_equals_brute_force_on_small_random_instances() =>
        Prop.ForAll(RandomInstances.Seeds, seed => AgreesWithBruteForce(RandomInstances.Build(seed)))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Optimum_with_pins_equals_brute_force() =>
        Prop.ForAll(RandomInstances.Seeds, seed => AgreesWithBruteForce(RandomInstances.Build(seed, withPins: true)))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Complete_instances_take_the_dense_path_and_stay_exact() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var r = new Random(seed);
            var rows = r.Next(1, 7);
            var cols = r.Next(rows, 8);
            var edges = from i in Enumerable.Range(0, rows) from j in Enumerable.Range(0, cols) select new AssignmentEdge(i, j, r.Next(-5, 40));
            var problem = AssignmentProblem.Create(rows, cols, edges, ObjectiveSense.Minimize, assignAllRows: true);
            var result = AssignmentSolver.Solve(problem);
            return result.Objective == RandomInstances.BruteForce(problem) && AssignmentVerifier.Verify(problem, result).IsCertifiedOptimal;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Complete_instances_with_wide_costs_give_the_same_optimum_scaled() =>
        // The dense search adds costs in unchecked SIMD lanes: costs far beyond 32 bits must give the same choices as
        // small ones, on any width (whole vectors, a ragged tail, fewer columns than one vector) and in either sense.
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var r = new Random(seed);
            var rows = r.Next(1, 30);
            var cols = r.Next(rows, 45);
            var sense = r.Next(2) == 0 ? ObjectiveSense.Minimize : ObjectiveSense.Maximize;
            var costs = Enumerable.Range(0, rows * cols).Select(_ => (long)r.Next(-50, 200)).ToArray();
            const long wide = 1L << 35;
            AssignmentProblem Problem(long factor) => AssignmentProblem.Create(rows, cols,
                from i in Enumerable.Range(0, rows) from j in Enumerable.Range(0, cols) select new AssignmentEdge(i, j, costs[i * cols + j] * factor),
                sense, assignAllRows: true);
            var (smallProblem, wideProblem) = (Problem(1), Problem(wide));
            var (small, widened) = (AssignmentSolver.Solve(smallProblem), AssignmentSolver.Solve(wideProblem));
            return widened.Objective == small.Objective * wide
                && AssignmentVerifier.Verify(smallProblem, small).IsCertifiedOptimal
                && AssignmentVerifier.Verify(wideProblem, widened).IsCertifiedOptimal;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Larger_complete_instances_are_certified_optimal()
    {
        var r = new Random(17);
        foreach (var (rows, cols) in new[] { (60, 60), (40, 90), (120, 120) })
        {
            var edges = from i in Enumerable.Range(0, rows) from j in Enumerable.Range(0, cols) select new AssignmentEdge(i, j, r.Next(0, 1000));
            var problem = AssignmentProblem.Create(rows, cols, edges, ObjectiveSense.Minimize, assignAllRows: true);
            var report = AssignmentVerifier.Verify(problem, AssignmentSolver.Solve(problem));
            Assert.True(report.IsCertifiedOptimal, string.Join("; ", report.Problems));
        }
    }

    [Fact]
    public void Every_optimal_result_carries_a_valid_certificate() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var problem = RandomInstances.Build(seed, withPins: seed % 2 == 0);
            var result = AssignmentSolver.Solve(problem);
            if (result.Status != AssignmentStatus.Optimal) return true;
            var report = AssignmentVerifier.Verify(problem, result);
            return report.IsFeasible && report.IsCertifiedOptimal;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Objective_is_invariant_under_renumbering_rows_and_columns() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var problem = RandomInstances.Build(seed, withPins: true);
            var a = AssignmentSolver.Solve(problem);
            var b = AssignmentSolver.Solve(RandomInstances.Permute(problem, seed));
            return a.Status == b.Status && a.Objective == b.Objective;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Larger_random_instances_are_certified_optimal()
    {
        var r = new Random(5);
        for (var round = 0; round < 20; round++)
        {
            var rows = r.Next(50, 300);
            var cols = r.Next(20, 150);
            var edges = new List<AssignmentEdge>();
            for (var i = 0; i < rows; i++)
                foreach (var j in Enumerable.Range(0, cols).OrderBy(_ => r.Next()).Take(r.Next(1, 15)))
                    edges.Add(new AssignmentEdge(i, j, r.Next(1, 1000)));
            var problem = AssignmentProblem.Create(rows, cols, edges, ObjectiveSense.Maximize, false, Enumerable.Range(0, cols).Select(_ => r.Next(1, 5)).ToArray());
            var report = AssignmentVerifier.Verify(problem, AssignmentSolver.Solve(problem));
            Assert.True(report.IsCertifiedOptimal, string.Join("; ", report.Problems));
        }
    }

    [Fact]
    public void Contested_instances_where_rows_are_sorted_again_as_prices_rise_are_certified_optimal() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            // Many rows with long edge lists after a few popular columns and scores with many ties: bidding wars raise
            // prices past the keys rows were sorted by, so rows are sorted again mid-solve (the batch's shape, and the
            // square one with every row required).
            var r = new Random(seed);
            var rows = r.Next(60, 250);
            var cols = r.Next(15, 60);
            var popularity = Enumerable.Range(0, cols).Select(_ => Math.Exp(2 * r.NextDouble())).ToArray();
            var required = r.Next(3) == 0;
            var edges = new List<AssignmentEdge>();
            for (var i = 0; i < rows; i++)
            {
                var wanted = Enumerable.Range(0, cols).OrderByDescending(j => popularity[j] * r.NextDouble()).Take(r.Next(8, Math.Min(cols, 40) + 1));
                foreach (var j in wanted) edges.Add(new AssignmentEdge(i, j, r.Next(1, 40)));
                if (required) edges.Add(new AssignmentEdge(i, cols + i, 60)); // a place of its own, dearer than any other
            }
            var columns = required ? cols + rows : cols;
            var capacities = Enumerable.Range(0, columns).Select(j => j < cols ? r.Next(1, 4) : 1).ToArray();
            var problem = AssignmentProblem.Create(rows, columns, edges, required ? ObjectiveSense.Minimize : ObjectiveSense.Maximize, required, capacities);
            var report = AssignmentVerifier.Verify(problem, AssignmentSolver.Solve(problem));
            return report.IsCertifiedOptimal;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    [Fact]
    public void Sparse_square_instances_solved_by_auction_equal_brute_force_and_carry_a_certificate() =>
        // Every row required, one place per column, not complete: the auction's path, with its whole-unit prices as the
        // certificate or, where rounding leaves a row off its cheapest column, as the warm start of the exact search.
        // Ties, single-edge rows, negative and wide costs, both senses, and squares without a perfect matching.
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var r = new Random(seed);
            var n = r.Next(1, 8);
            var density = 0.2 + 0.7 * r.NextDouble();
            var (low, high) = r.Next(3) switch { 0 => (-3, 4), 1 => (-50, 200), _ => (0, 1_000_000_000) };
            var edges = new List<AssignmentEdge>();
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    if ((r.NextDouble() < density && edges.Count < n * n - 1) || (j == n - 1 && !edges.Any(e => e.Row == i)))
                        edges.Add(new AssignmentEdge(i, j, r.Next(low, high)));
            var problem = AssignmentProblem.Create(n, n, edges, r.Next(2) == 0 ? ObjectiveSense.Minimize : ObjectiveSense.Maximize, assignAllRows: true);
            var result = AssignmentSolver.Solve(problem);
            var expected = RandomInstances.BruteForce(problem);
            return expected is null
                ? result.Status == AssignmentStatus.Infeasible
                : result.Objective == expected && AssignmentVerifier.Verify(problem, result).IsCertifiedOptimal;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Fact]
    public void The_auction_alone_finds_the_optimum_of_larger_sparse_squares()
    {
        // Its assignment, before any search, against OR-Tools' on the same problem: ε-scaling to below 1/n is exact.
        var r = new Random(11);
        for (var round = 0; round < 10; round++)
        {
            var n = r.Next(100, 600);
            var edges = new List<AssignmentEdge>();
            for (var i = 0; i < n; i++)
                foreach (var j in Enumerable.Range(0, n).OrderBy(_ => r.Next()).Take(r.Next(1, 12)).Append(i).Distinct())
                    edges.Add(new AssignmentEdge(i, j, r.Next(round % 2 == 0 ? 10 : 1000)));
            var sense = round % 3 == 0 ? ObjectiveSense.Maximize : ObjectiveSense.Minimize;
            var problem = AssignmentProblem.Create(n, n, edges, sense, assignAllRows: true);
            var auction = ScaledAuction.Run(problem.RowStart, problem.EdgeColumns, problem.EdgeCosts, sense == ObjectiveSense.Maximize, default);
            Assert.NotNull(auction);
            Assert.True(auction.Value.Complete);
            Assert.Equal(n, auction.Value.RowEdge.Select(e => problem.EdgeColumns[e]).Distinct().Count());
            Assert.Equal(OrToolsAssignmentSolver.Solve(problem).Objective, auction.Value.RowEdge.Sum(e => problem.EdgeCosts[e]));
            Assert.True(AssignmentVerifier.Verify(problem, AssignmentSolver.Solve(problem)).IsCertifiedOptimal);

            // Where whole-unit prices leave rows off their cheapest column (rare: rounding is chosen to avoid it), the
            // auction's answer is the warm start of the exact search: prices a unit off here and there must still end
            // certified at the same optimum.
            var rowToColumn = auction.Value.RowEdge.Select(e => problem.EdgeColumns[e]).ToArray();
            var sign = sense == ObjectiveSense.Maximize ? 1 : -1;
            var prices = auction.Value.Price.Select(price => sign * (price + r.Next(0, 2))).ToArray();
            var start = new AssignmentResult(AssignmentStatus.Optimal, rowToColumn, 0, new long[n], prices, "");
            var warm = AssignmentSolver.Solve(problem, AssignmentSolver.DefaultStartStepsPerRow, start);
            Assert.Equal(OrToolsAssignmentSolver.Solve(problem).Objective, warm.Objective);
            Assert.True(AssignmentVerifier.Verify(problem, warm).IsCertifiedOptimal);
        }
    }

    [Fact]
    public void Capacity_lets_a_column_take_several_rows()
    {
        var problem = AssignmentProblem.Create(3, 2, [new(0, 0, 10), new(1, 0, 9), new(2, 0, 8), new(2, 1, 1)], ObjectiveSense.Maximize, false, [2, 1]);
        var result = AssignmentSolver.Solve(problem);
        Assert.Equal([0, 0, 1], result.RowToColumn);
        Assert.Equal(20, result.Objective);
    }

    [Fact]
    public void Rows_may_stay_unassigned_when_maximising()
    {
        var problem = AssignmentProblem.Create(2, 1, [new(0, 0, 5), new(1, 0, 7)], ObjectiveSense.Maximize, false);
        var result = AssignmentSolver.Solve(problem);
        Assert.Equal([-1, 0], result.RowToColumn);
        Assert.True(AssignmentVerifier.Verify(problem, result).IsCertifiedOptimal);
    }

    [Fact]
    public void Pinned_pair_stays_even_when_it_lowers_the_total()
    {
        var problem = AssignmentProblem.Create(2, 1, [new(0, 0, 5), new(1, 0, 7)], ObjectiveSense.Maximize, false, pins: [(0, 0)]);
        var result = AssignmentSolver.Solve(problem);
        Assert.Equal([0, -1], result.RowToColumn);
        Assert.Equal(5, result.Objective);
        Assert.True(AssignmentVerifier.Verify(problem, result).IsCertifiedOptimal);
    }

    [Fact]
    public void Pins_beyond_a_columns_capacity_are_infeasible()
    {
        var problem = AssignmentProblem.Create(2, 1, [new(0, 0, 5), new(1, 0, 7)], ObjectiveSense.Maximize, false, pins: [(0, 0), (1, 0)]);
        var result = AssignmentSolver.Solve(problem);
        Assert.Equal(AssignmentStatus.Infeasible, result.Status);
        Assert.Contains("capacity", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_pinned_to_two_columns_is_infeasible() =>
        Assert.Equal(AssignmentStatus.Infeasible, AssignmentSolver.Solve(
            AssignmentProblem.Create(1, 2, [new(0, 0, 1), new(0, 1, 1)], ObjectiveSense.Maximize, false, [1, 1], [(0, 0), (0, 1)])).Status);

    [Fact]
    public void Pin_on_a_pair_that_is_not_allowed_is_infeasible() =>
        Assert.Equal(AssignmentStatus.Infeasible, AssignmentSolver.Solve(
            AssignmentProblem.Create(1, 2, [new(0, 0, 1)], ObjectiveSense.Maximize, false, pins: [(0, 1)])).Status);

    [Fact]
    public void All_rows_pinned_returns_the_pins()
    {
        var problem = AssignmentProblem.Create(2, 2, [new(0, 0, 1), new(0, 1, 9), new(1, 1, 2)], ObjectiveSense.Maximize, false, pins: [(0, 0), (1, 1)]);
        var result = AssignmentSolver.Solve(problem);
        Assert.Equal([0, 1], result.RowToColumn);
        Assert.True(AssignmentVerifier.Verify(problem, result).IsCertifiedOptimal);
    }

    [Fact]
    public void Empty_problem_and_problem_without_edges_are_optimal_with_nothing_assigned()
    {
        var empty = AssignmentSolver.Solve(AssignmentProblem.Create(0, 0, [], ObjectiveSense.Maximize, false));
        Assert.Equal(AssignmentStatus.Optimal, empty.Status);
        var problem = AssignmentProblem.Create(3, 2, [], ObjectiveSense.Maximize, false);
        var none = AssignmentSolver.Solve(problem);
        Assert.Equal([-1, -1, -1], none.RowToColumn);
        Assert.True(AssignmentVerifier.Verify(problem, none).IsCertifiedOptimal);
    }

    [Fact]
    public void Linear_sum_assignment_assigns_every_row_at_minimum_cost()
    {
        // Rows must all be placed; the cheapest total is 1 + 2 + 3 = 6, not the greedy 1 + 5 + 9.
        int[,] c = { { 1, 2, 9 }, { 2, 5, 9 }, { 9, 9, 3 } };
        var edges = from i in Enumerable.Range(0, 3) from j in Enumerable.Range(0, 3) select new AssignmentEdge(i, j, c[i, j]);
        var problem = AssignmentProblem.Create(3, 3, edges, ObjectiveSense.Minimize, true);
        var result = AssignmentSolver.Solve(problem);
        Assert.Equal(2 + 2 + 3, result.Objective);
        Assert.True(AssignmentVerifier.Verify(problem, result).IsCertifiedOptimal);
    }

    [Fact]
    public void Linear_sum_assignment_with_a_row_that_cannot_be_placed_is_infeasible()
    {
        var problem = AssignmentProblem.Create(2, 2, [new(0, 0, 1), new(1, 0, 1)], ObjectiveSense.Minimize, true);
        Assert.Equal(AssignmentStatus.Infeasible, AssignmentSolver.Solve(problem).Status);
    }

    [Fact]
    public void Verifier_rejects_a_suboptimal_assignment_and_wrong_potentials()
    {
        var problem = AssignmentProblem.Create(2, 2, [new(0, 0, 5), new(0, 1, 4), new(1, 0, 4)], ObjectiveSense.Maximize, false);
        var optimal = AssignmentSolver.Solve(problem);
        Assert.Equal(8, optimal.Objective);
        var worse = optimal with { RowToColumn = [0, -1], Objective = 5 };
        var report = AssignmentVerifier.Verify(problem, worse);
        Assert.True(report.IsFeasible);
        Assert.False(report.IsCertifiedOptimal);
        var over = optimal with { RowToColumn = [0, 0], Objective = 9 };
        Assert.False(AssignmentVerifier.Verify(problem, over).IsFeasible);
    }

    [Fact]
    public void Duplicate_pairs_and_out_of_range_edges_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => AssignmentProblem.Create(1, 1, [new(0, 0, 1), new(0, 0, 2)], ObjectiveSense.Maximize, false));
        Assert.Throws<ArgumentException>(() => AssignmentProblem.Create(1, 1, [new(0, 1, 1)], ObjectiveSense.Maximize, false));
    }

    [Fact]
    public void Costs_beyond_the_overflow_bound_are_rejected_with_the_edge_named()
    {
        var bound = AssignmentProblem.MaxCostMagnitude(rows: 3);
        Assert.Equal((1L << 57) / 4, bound);
        AssignmentProblem.Create(3, 1, [new(0, 0, bound), new(1, 0, -bound)], ObjectiveSense.Minimize, false);
        var e = Assert.Throws<ArgumentException>(() => AssignmentProblem.Create(3, 1, [new(0, 0, 1), new(2, 0, -bound - 1)], ObjectiveSense.Minimize, false));
        Assert.Contains("Edge 1 (2, 0)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warm_start_from_the_optimum_of_fewer_edges_reaches_the_same_certified_optimum() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var r = new Random(seed);
            // Batch-shaped (maximise, rows optional, shared columns) half the time, else any of the small random kinds.
            var whole = r.Next(2) == 0 ? RandomInstances.Build(seed, withPins: r.Next(2) == 0) : BatchShaped(r);
            var pins = whole.Pins.ToHashSet();
            var edges = new List<AssignmentEdge>();
            var kept = new List<AssignmentEdge>();
            for (var i = 0; i < whole.Rows; i++)
                for (var e = whole.RowStart[i]; e < whole.RowStart[i + 1]; e++)
                {
                    var edge = new AssignmentEdge(i, whole.EdgeColumns[e], whole.EdgeCosts[e]);
                    edges.Add(edge);
                    if (pins.Contains((i, edge.Column)) || r.NextDouble() < 0.6) kept.Add(edge);
                }
            var capacities = Enumerable.Range(0, whole.Columns).Select(whole.Capacity).ToArray();
            var fewer = AssignmentProblem.Create(whole.Rows, whole.Columns, kept, whole.Sense, whole.AssignAllRows, capacities, whole.Pins);
            var previous = AssignmentSolver.Solve(fewer);
            if (previous.Status != AssignmentStatus.Optimal) return true;
            var cold = AssignmentSolver.Solve(whole);
            var warm = AssignmentSolver.Solve(whole, AssignmentSolver.DefaultStartStepsPerRow, previous);
            return warm.Status == cold.Status
                && (cold.Status != AssignmentStatus.Optimal || (warm.Objective == cold.Objective && AssignmentVerifier.Verify(whole, warm).IsCertifiedOptimal));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    private static AssignmentProblem BatchShaped(Random r)
    {
        var (rows, columns) = (r.Next(1, 40), r.Next(1, 12));
        var edges = new List<AssignmentEdge>();
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
                if (r.NextDouble() < 0.4) edges.Add(new AssignmentEdge(i, j, r.Next(1, 60)));
        return AssignmentProblem.Create(rows, columns, edges, ObjectiveSense.Maximize, assignAllRows: false, [.. Enumerable.Range(0, columns).Select(_ => r.Next(0, 4))]);
    }
}
