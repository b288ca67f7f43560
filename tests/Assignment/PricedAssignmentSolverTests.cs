using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Assignment;
using Xunit;

namespace Matcher.Tests.Assignment;

public class PricedAssignmentSolverTests
{
    /// <summary>A batch-shaped instance (maximise, rows optional, capacities, some pins) as each row's (column, score) list.</summary>
    private static (int Columns, int[] Capacities, (int Column, long Score)[][] RowEdges, List<(int Row, int Column)> Pins) Build(int seed)
    {
        var r = new Random(seed);
        var rows = r.Next(0, 40);
        var columns = r.Next(1, 15);
        var density = r.NextDouble();
        var rowEdges = Enumerable.Range(0, rows)
            .Select(_ => Enumerable.Range(0, columns).Where(_ => r.NextDouble() < density).Select(j => (j, (long)r.Next(1, 50))).ToArray())
            .ToArray();
        var capacities = Enumerable.Range(0, columns).Select(_ => r.Next(0, 4)).ToArray();
        var used = new int[columns];
        var pins = new List<(int, int)>();
        for (var i = 0; i < rows; i++)
            foreach (var (j, _) in rowEdges[i])
                if (r.NextDouble() < 0.03 && used[j] < capacities[j] && !pins.Any(p => p.Item1 == i)) { pins.Add((i, j)); used[j]++; }
        return (columns, capacities, rowEdges, pins);
    }

    private static AssignmentProblem Whole(int columns, int[] capacities, (int Column, long Score)[][] rowEdges, List<(int, int)> pins) =>
        AssignmentProblem.Create(rowEdges.Length, columns,
            rowEdges.SelectMany((edges, i) => edges.Select(e => new AssignmentEdge(i, e.Column, e.Score))), ObjectiveSense.Maximize, assignAllRows: false, capacities, pins);

    [Fact]
    public void Pricing_reaches_the_optimum_of_all_edges_and_its_certificate_holds_for_every_edge() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var (columns, capacities, rowEdges, pins) = Build(seed);
            var whole = Whole(columns, capacities, rowEdges, pins);
            var direct = AssignmentSolver.Solve(whole);
            var r = new Random(seed);
            var start = r.Next(1, 4);
            int? perPlace = r.Next(2) == 0 ? null : r.Next(1, 3);
            var priced = PricedAssignmentSolver.Solve(columns, capacities, rowEdges, pins, start, (p, previous) => AssignmentSolver.Solve(p, AssignmentSolver.DefaultStartStepsPerRow, previous), startPerPlace: perPlace);
            return priced.Result.Status == direct.Status
                && (direct.Status != AssignmentStatus.Optimal
                    || (priced.Result.Objective == direct.Objective
                        && AssignmentVerifier.Verify(priced.Restricted, priced.Result).IsCertifiedOptimal
                        && AssignmentVerifier.Verify(whole, priced.Result).IsCertifiedOptimal));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));

    [Fact]
    public void Pricing_solves_a_small_part_of_a_problem_whose_rows_have_many_edges()
    {
        // 200 rows × 100 columns, every pair allowed: the optimum needs few of each row's edges.
        var r = new Random(5);
        var rowEdges = Enumerable.Range(0, 200).Select(_ => Enumerable.Range(0, 100).Select(j => (j, (long)r.Next(1, 1000))).ToArray()).ToArray();
        var capacities = Enumerable.Repeat(1, 100).ToArray();
        var whole = Whole(100, capacities, rowEdges, []);
        var priced = PricedAssignmentSolver.Solve(100, capacities, rowEdges, [], 5, (p, previous) => AssignmentSolver.Solve(p, AssignmentSolver.DefaultStartStepsPerRow, previous));
        Assert.Equal(AssignmentSolver.Solve(whole).Objective, priced.Result.Objective);
        Assert.True(priced.Restricted.EdgeCount < whole.EdgeCount / 4, $"{priced.Restricted.EdgeCount} of {whole.EdgeCount} edges solved");
        Assert.True(AssignmentVerifier.Verify(whole, priced.Result).IsCertifiedOptimal);
    }

    [Fact]
    public void The_selection_puts_a_rows_best_edges_in_order_in_front_and_keeps_every_edge() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var r = new Random(seed);
            var edges = Enumerable.Range(0, r.Next(0, 60)).Select(j => (j, (long)r.Next(0, 8))).ToArray();
            var count = r.Next(1, 10);
            var expected = edges.OrderByDescending(e => e.Item2).ThenBy(e => e.Item1).ToArray();
            PricedAssignmentSolver.SelectBest(edges, count);
            return edges.Take(count).SequenceEqual(expected.Take(count)) && edges.Order().SequenceEqual(expected.Order());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    [Fact]
    public void Edges_known_by_a_bound_are_scored_when_they_could_price_in_and_the_optimum_is_that_of_all_scores() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var (columns, capacities, rowEdges, pins) = Build(seed);
            var r = new Random(seed);
            var start = r.Next(1, 4);
            var pinned = pins.ToHashSet();
            // Beyond each row's best few, an edge carries a bound at or above its score; scored on demand, one below 5 is
            // left out, as the batch leaves out pairs below the minimum.
            var truth = new Dictionary<(int, int), long>();
            var given = new (int Column, long Score)[rowEdges.Length][];
            var kept = new (int Column, long Score)[rowEdges.Length][];
            for (var i = 0; i < rowEdges.Length; i++)
            {
                var sorted = rowEdges[i].OrderByDescending(e => e.Score).ThenBy(e => e.Column).ToArray();
                given[i] = [.. sorted.Select((e, k) => k < start || pinned.Contains((i, e.Column)) ? e : (e.Column, PricedAssignmentSolver.Unscored(e.Score + r.Next(0, 20))))];
                kept[i] = [.. sorted.Where((e, k) => k < start || pinned.Contains((i, e.Column)) || e.Score >= 5)];
                foreach (var e in sorted) truth[(i, e.Column)] = e.Score;
            }
            long? OnDemand(int row, int column) => truth[(row, column)] is var s && s >= 5 ? s : null;
            var whole = Whole(columns, capacities, kept, pins);
            var direct = AssignmentSolver.Solve(whole);
            var priced = PricedAssignmentSolver.Solve(columns, capacities, given, pins, start,
                (p, previous) => AssignmentSolver.Solve(p, AssignmentSolver.DefaultStartStepsPerRow, previous), scoreOnDemand: OnDemand);
            return priced.Result.Status == direct.Status
                && (direct.Status != AssignmentStatus.Optimal
                    || (priced.Result.Objective == direct.Objective && AssignmentVerifier.Verify(whole, priced.Result).IsCertifiedOptimal));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
}
