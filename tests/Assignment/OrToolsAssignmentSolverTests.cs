using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Assignment;
using Xunit;

namespace Matcher.Tests.Assignment;

public class OrToolsAssignmentSolverTests
{
    /// <summary>Both engines reach the same status and optimum, and each result passes the verifier.</summary>
    private static bool BothEnginesAgreeAndAreCertified(AssignmentProblem problem)
    {
        var native = AssignmentSolver.Solve(problem);
        var ortools = OrToolsAssignmentSolver.Solve(problem);
        if (native.Status != ortools.Status) return false;
        if (native.Status != AssignmentStatus.Optimal) return true;
        return native.Objective == ortools.Objective
            && AssignmentVerifier.Verify(problem, native).IsCertifiedOptimal
            && AssignmentVerifier.Verify(problem, ortools).IsCertifiedOptimal;
    }

    [Fact]
    public void OR_Tools_and_the_native_solver_give_the_same_certified_optimum_on_random_capacitated_instances() =>
        Prop.ForAll(RandomInstances.Seeds, seed => BothEnginesAgreeAndAreCertified(RandomInstances.Build(seed)))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void OR_Tools_and_the_native_solver_agree_with_pins() =>
        Prop.ForAll(RandomInstances.Seeds, seed => BothEnginesAgreeAndAreCertified(RandomInstances.Build(seed, withPins: true)))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void OR_Tools_agrees_with_brute_force() =>
        Prop.ForAll(RandomInstances.Seeds, seed =>
        {
            var problem = RandomInstances.Build(seed, withPins: seed % 2 == 0);
            var result = OrToolsAssignmentSolver.Solve(problem);
            var expected = RandomInstances.BruteForce(problem);
            return expected is null ? result.Status == AssignmentStatus.Infeasible : result.Status == AssignmentStatus.Optimal && result.Objective == expected;
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData(40, 40, 40, ObjectiveSense.Minimize, true)]    // dense square LSAP: LinearSumAssignment
    [InlineData(300, 300, 12, ObjectiveSense.Minimize, true)]  // sparse square LSAP
    [InlineData(400, 150, 15, ObjectiveSense.Maximize, false)] // capacitated, rows optional: MinCostFlow
    [InlineData(200, 120, 120, ObjectiveSense.Maximize, false)] // dense capacitated
    public void Larger_sparse_and_dense_instances_give_the_same_certified_optimum(int rows, int columns, int degree, ObjectiveSense sense, bool assignAll)
    {
        var r = new Random(rows * 7 + degree);
        for (var round = 0; round < 5; round++)
        {
            var edges = new List<AssignmentEdge>();
            for (var i = 0; i < rows; i++)
            {
                // A square LSAP needs a perfect matching: every row keeps the column of its own index.
                var own = assignAll ? new[] { i % columns } : [];
                foreach (var j in own.Concat(Enumerable.Range(0, columns).OrderBy(_ => r.Next()).Take(degree)).Distinct())
                    edges.Add(new AssignmentEdge(i, j, r.Next(1, 100_000)));
            }
            var capacities = assignAll ? null : Enumerable.Range(0, columns).Select(_ => r.Next(1, 4)).ToArray();
            var pins = assignAll ? [] : edges.Where((_, k) => k % 97 == 0).GroupBy(e => e.Row).Select(g => (g.Key, g.First().Column))
                .GroupBy(p => p.Column).SelectMany(g => g.Take(1)).ToList();
            var problem = AssignmentProblem.Create(rows, columns, edges, sense, assignAll, capacities, pins);
            Assert.True(BothEnginesAgreeAndAreCertified(problem), $"round {round}");
        }
    }

    [Fact]
    public void A_certificate_derived_for_a_worse_assignment_does_not_pass()
    {
        // Two rows, two columns: the optimum pairs (0,0) and (1,1) for 10 + 10; the crossed pairs give 1 + 1.
        var problem = AssignmentProblem.Create(2, 2,
            [new AssignmentEdge(0, 0, 10), new AssignmentEdge(0, 1, 1), new AssignmentEdge(1, 0, 1), new AssignmentEdge(1, 1, 10)],
            ObjectiveSense.Maximize, assignAllRows: false);
        int[] crossed = [1, 0];
        var (u, v) = AssignmentDuals.For(problem, crossed);
        var report = AssignmentVerifier.Verify(problem, new AssignmentResult(AssignmentStatus.Optimal, crossed, 2, u, v, ""));
        Assert.False(report.IsCertifiedOptimal);
        var optimal = OrToolsAssignmentSolver.Solve(problem);
        Assert.Equal(20, optimal.Objective);
        Assert.True(AssignmentVerifier.Verify(problem, optimal).IsCertifiedOptimal);
    }

    [Fact]
    public void Costs_too_wide_for_OR_Tools_cost_scaling_are_never_answered_wrongly_or_called_infeasible()
    {
        var r = new Random(3);
        const int n = 60;
        var huge = AssignmentProblem.MaxCostMagnitude(n) / 2;
        var edges = new List<AssignmentEdge>();
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) edges.Add(new AssignmentEdge(i, j, r.NextInt64(0, huge)));
        var problem = AssignmentProblem.Create(n, n, edges, ObjectiveSense.Minimize, assignAllRows: true);
        var native = AssignmentSolver.Solve(problem);
        var ortools = OrToolsAssignmentSolver.Solve(problem);
        Assert.NotEqual(AssignmentStatus.Infeasible, ortools.Status);
        if (ortools.Status == AssignmentStatus.Optimal) Assert.Equal(native.Objective, ortools.Objective);
        else Assert.Contains("beyond", ortools.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(0, 0, false)]
    [InlineData(3, 0, false)]
    [InlineData(0, 3, true)]
    [InlineData(2, 2, false)]
    [InlineData(2, 2, true)]
    [InlineData(2, 0, true)]
    public void Empty_problems_and_problems_without_edges_are_answered_without_calling_into_OR_Tools_wrongly(int rows, int columns, bool assignAll)
    {
        var problem = AssignmentProblem.Create(rows, columns, [], ObjectiveSense.Minimize, assignAll);
        var native = AssignmentSolver.Solve(problem);
        var ortools = OrToolsAssignmentSolver.Solve(problem);
        Assert.Equal(native.Status, ortools.Status);
        if (ortools.Status == AssignmentStatus.Optimal) Assert.True(AssignmentVerifier.Verify(problem, ortools).IsCertifiedOptimal);
    }

    [Fact]
    public void Small_square_assignments_of_every_density_agree_with_the_native_solver_and_never_bring_the_process_down()
    {
        // OR-Tools' native code aborts the process on some degenerate graphs (a square assignment with a row or a column
        // without arcs); these must be answered before it is called.
        var r = new Random(1);
        for (var round = 0; round < 5_000; round++)
        {
            var n = r.Next(1, 6);
            var density = r.NextDouble();
            var edges = new List<AssignmentEdge>();
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    if (r.NextDouble() < density) edges.Add(new AssignmentEdge(i, j, r.Next(-20, 50)));
            var problem = AssignmentProblem.Create(n, n, edges, ObjectiveSense.Minimize, assignAllRows: true);
            var native = AssignmentSolver.Solve(problem);
            var ortools = OrToolsAssignmentSolver.Solve(problem);
            Assert.True(native.Status == ortools.Status && (native.Status != AssignmentStatus.Optimal || native.Objective == ortools.Objective), $"round {round}");
        }
    }
}
