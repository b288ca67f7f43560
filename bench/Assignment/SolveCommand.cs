using static Matcher.Bench.CliArguments;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Matcher.Core.Assignment;

namespace Matcher.Bench.Assignment;

/// <summary>
/// <c>solve INSTANCE.txt [--caps FILE] --sense min|max [--out FILE.sol] [--duals FILE] [--reps N]</c>: solves an anchor instance,
/// verifies the certificate, writes the solution format, prints <c>objective=… seconds=…</c> (median solver time of N runs, default 3; reading and verifying excluded).
/// sense=min is the LSAP (every row assigned); sense=max the capacitated model (rows optional).
/// </summary>
public static class SolveCommand
{
    public static int Run(string[] args)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        if (positional.Count != 1) return Fail("usage: solve INSTANCE.txt [--caps FILE] --sense min|max [--out FILE.sol] [--duals FILE]");
        var senseText = Option(args, "--sense");
        if (senseText is not ("min" or "max")) return Fail($"--sense must be 'min' or 'max', not '{senseText}'.");
        var sense = senseText == "min" ? ObjectiveSense.Minimize : ObjectiveSense.Maximize;

        AnchorInstance instance;
        AssignmentProblem problem;
        try
        {
            instance = AnchorInstance.Read(positional[0], Option(args, "--caps"));
            problem = instance.ToProblem(sense);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or FormatException or UnauthorizedAccessException)
        {
            return Fail(e.Message);
        }

        var repsText = Option(args, "--reps") ?? "3";
        if (!int.TryParse(repsText, CultureInfo.InvariantCulture, out var reps) || reps < 1) return Fail($"--reps must be a positive integer, not '{repsText}'.");
        // Median of in-process repetitions, as the anchor script reports SciPy's (the first run includes JIT warm-up).
        var times = new List<double>();
        AssignmentResult result = null!;
        for (var k = 0; k < reps; k++)
        {
            var watch = Stopwatch.StartNew();
            result = AssignmentSolver.Solve(problem);
            times.Add(watch.Elapsed.TotalSeconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        if (result.Status != AssignmentStatus.Optimal) return Fail($"status={result.Status}: {result.Message}");
        var report = AssignmentVerifier.Verify(problem, result);
        if (!report.IsCertifiedOptimal) return Fail("certificate failed: " + string.Join("; ", report.Problems));

        // The objective from the original costs (exact for integers; the float sum as the anchor computes it).
        double objective = 0;
        var pairs = result.Pairs().ToList();
        for (var e = 0; e < instance.Costs.Length; e++)
            if (result.RowToColumn[instance.EdgeRows[e]] == instance.EdgeColumns[e]) objective += instance.Costs[e];
        var objectiveText = instance.IsFloat ? objective.ToString("R", CultureInfo.InvariantCulture) : result.Objective.ToString(CultureInfo.InvariantCulture);

        if (Option(args, "--out") is { } outPath)
        {
            var sb = new StringBuilder().Append("objective ").Append(objectiveText).Append('\n');
            foreach (var (row, col) in pairs) sb.Append(row).Append(' ').Append(col).Append('\n');
            File.WriteAllText(outPath, sb.ToString());
        }
        if (Option(args, "--duals") is { } dualsPath)
        {
            var sb = new StringBuilder().Append(problem.Rows).Append(' ').Append(problem.Columns).Append('\n');
            foreach (var u in result.RowPotentials) sb.Append((u / instance.Scale).ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            foreach (var v in result.ColumnPotentials) sb.Append((v / instance.Scale).ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            File.WriteAllText(dualsPath, sb.ToString());
        }
        Console.WriteLine($"objective={objectiveText} seconds={median:F3} runs={string.Join(",", times.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))} rows={problem.Rows} cols={problem.Columns} edges={problem.EdgeCount} certified=true");
        return 0;
    }
}
