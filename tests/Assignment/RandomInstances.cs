using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Assignment;

namespace Matcher.Tests.Assignment;

/// <summary>Small random capacitated instances, built from a seed so a failing seed can be pinned as its own test.</summary>
internal static class RandomInstances
{
    public static AssignmentProblem Build(int seed, bool withPins = false)
    {
        var r = new Random(seed);
        var rows = r.Next(0, 7);
        var cols = r.Next(0, 5);
        var sense = r.Next(2) == 0 ? ObjectiveSense.Maximize : ObjectiveSense.Minimize;
        var assignAll = r.Next(3) == 0;
        var density = r.NextDouble();
        var edges = new List<AssignmentEdge>();
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < cols; j++)
                if (r.NextDouble() < density) edges.Add(new AssignmentEdge(i, j, r.Next(-10, 30)));
        var caps = Enumerable.Range(0, cols).Select(_ => r.Next(0, 3)).ToArray();
        var pins = new List<(int, int)>();
        if (withPins)
            foreach (var e in edges)
                if (r.NextDouble() < 0.15) pins.Add((e.Row, e.Column));
        return AssignmentProblem.Create(rows, cols, edges, sense, assignAll, caps, pins);
    }

    public static Arbitrary<int> Seeds { get; } = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    /// <summary>The optimum by enumerating every feasible assignment; null when there is none.</summary>
    public static long? BruteForce(AssignmentProblem problem)
    {
        var load = new int[problem.Columns];
        var pinnedTo = new int[problem.Rows];
        Array.Fill(pinnedTo, -1);
        foreach (var (r, c) in problem.Pins)
        {
            if (pinnedTo[r] >= 0 && pinnedTo[r] != c) return null;
            pinnedTo[r] = c;
        }
        var maximize = problem.Sense == ObjectiveSense.Maximize;
        long? best = null;

        void Walk(int row, long total)
        {
            if (row == problem.Rows)
            {
                if (best is null || (maximize ? total > best : total < best)) best = total;
                return;
            }
            foreach (var (c, w) in problem.EdgesOf(row))
            {
                if (pinnedTo[row] >= 0 && pinnedTo[row] != c) continue;
                if (load[c] >= problem.Capacity(c)) continue;
                load[c]++;
                Walk(row + 1, total + w);
                load[c]--;
            }
            if (!problem.AssignAllRows && pinnedTo[row] < 0) Walk(row + 1, total);
        }

        Walk(0, 0);
        return best;
    }

    /// <summary>The same problem with rows and columns renumbered by the given permutations.</summary>
    public static AssignmentProblem Permute(AssignmentProblem problem, int seed)
    {
        var r = new Random(seed);
        var rowMap = Enumerable.Range(0, problem.Rows).OrderBy(_ => r.Next()).ToArray();
        var colMap = Enumerable.Range(0, problem.Columns).OrderBy(_ => r.Next()).ToArray();
        var edges = new List<AssignmentEdge>();
        for (var i = 0; i < problem.Rows; i++)
            foreach (var (c, w) in problem.EdgesOf(i)) edges.Add(new AssignmentEdge(rowMap[i], colMap[c], w));
        var caps = new int[problem.Columns];
        for (var j = 0; j < problem.Columns; j++) caps[colMap[j]] = problem.Capacity(j);
        return AssignmentProblem.Create(problem.Rows, problem.Columns, edges, problem.Sense, problem.AssignAllRows, caps,
            problem.Pins.Select(p => (rowMap[p.Row], colMap[p.Column])));
    }
}
