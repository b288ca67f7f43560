using BenchmarkDotNet.Attributes;
using Matcher.Core.Assignment;

namespace Matcher.Bench.Assignment;

/// <summary>
/// The solver on seeded instances shaped like the anchor suite's: dense LSAP (2,000 × 2,000, costs 0..1000), sparse
/// LSAP (n × n, 50 edges per row, costs 1..1000, a guaranteed diagonal) and the capacitated model (5,000 × 2,000,
/// 20..200 edges per row, capacities 1..5).
/// For side-by-side figures with SciPy on the anchor's own files, use the <c>solve</c> verb.
/// </summary>
[MemoryDiagnoser]
public class AssignmentSolverBenchmarks
{
    private AssignmentProblem problem = null!;

    [Params("dense_int_n2000", "sparse_n10000_d50", "bmatch_5k_2k")]
    public string Instance { get; set; } = "";

    [GlobalSetup]
    public void Setup() => problem = Instance switch
    {
        "dense_int_n2000" => DenseLsap(2000, 7),
        "bmatch_5k_2k" => Capacitated(5000, 2000, 7),
        _ => SparseLsap(10_000, 50, 7),
    };

    [Benchmark]
    public long Solve() => AssignmentSolver.Solve(problem).Objective;

    public static AssignmentProblem DenseLsap(int n, int seed)
    {
        var r = new Random(seed);
        var rows = new int[n * n];
        var columns = new int[n * n];
        var costs = new long[n * n];
        for (var e = 0; e < costs.Length; e++) (rows[e], columns[e], costs[e]) = (e / n, e % n, r.Next(0, 1001));
        return AssignmentProblem.Create(n, n, rows, columns, costs, ObjectiveSense.Minimize, assignAllRows: true);
    }

    public static AssignmentProblem SparseLsap(int n, int degree, int seed)
    {
        var r = new Random(seed);
        var edges = new List<AssignmentEdge>(n * degree);
        for (var i = 0; i < n; i++)
        {
            var columns = new HashSet<int> { i };
            while (columns.Count < degree) columns.Add(r.Next(n));
            foreach (var j in columns) edges.Add(new AssignmentEdge(i, j, r.Next(1, 1001)));
        }
        return AssignmentProblem.Create(n, n, edges, ObjectiveSense.Minimize, assignAllRows: true);
    }

    public static AssignmentProblem Capacitated(int rows, int columns, int seed)
    {
        var r = new Random(seed);
        var edges = new List<AssignmentEdge>();
        for (var i = 0; i < rows; i++)
        {
            var chosen = new HashSet<int>();
            var degree = r.Next(20, 201);
            while (chosen.Count < Math.Min(degree, columns)) chosen.Add(r.Next(columns));
            foreach (var j in chosen) edges.Add(new AssignmentEdge(i, j, r.Next(1, 1001)));
        }
        return AssignmentProblem.Create(rows, columns, edges, ObjectiveSense.Maximize, assignAllRows: false,
            Enumerable.Range(0, columns).Select(_ => r.Next(1, 6)).ToArray());
    }
}
