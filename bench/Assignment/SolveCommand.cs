using static Matcher.Bench.CliArguments;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Matcher.Core.Assignment;

namespace Matcher.Bench.Assignment;

/// <summary>
/// <c>solve INSTANCE.txt [--caps FILE] --sense min|max [--engine native|ortools|both] [--out FILE.sol] [--duals FILE] [--reps N]</c>:
/// solves an anchor instance, verifies the certificate, writes the solution format, prints <c>objective=… seconds=…</c>
/// (median solver time of N runs, default 3; reading and verifying excluded; for OR-Tools the time includes building its
/// graph, not deriving the certificate). <c>--engine both</c> runs the two engines alternately and prints their ratio.
/// sense=min is the LSAP (every row assigned); sense=max the capacitated model (rows optional). Without --caps, a
/// <c>.caps</c> file beside the instance (as the anchor script writes them) is read.
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
            // The anchors write a b-matching's places beside it (X.caps next to X.txt): without them every column would
            // silently have one place, a different problem with a different optimum.
            var capsPath = Option(args, "--caps") ?? BesideCaps(positional[0]);
            if (capsPath is not null && Option(args, "--caps") is null) Console.WriteLine($"caps={capsPath} (found beside the instance)");
            instance = AnchorInstance.Read(positional[0], capsPath);
            problem = instance.ToProblem(sense);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or FormatException or UnauthorizedAccessException)
        {
            return Fail(e.Message);
        }

        var repsText = Option(args, "--reps") ?? "3";
        if (!int.TryParse(repsText, CultureInfo.InvariantCulture, out var reps) || reps < 1) return Fail($"--reps must be a positive integer, not '{repsText}'.");
        var engineText = Option(args, "--engine") ?? "native";
        AssignmentEngine[] engines = engineText switch
        {
            "native" => [AssignmentEngine.Native],
            "ortools" => [AssignmentEngine.OrTools],
            "both" => [AssignmentEngine.Native, AssignmentEngine.OrTools],
            _ => [],
        };
        if (engines.Length == 0) return Fail($"--engine must be 'native', 'ortools' or 'both', not '{engineText}'.");
        // Median of in-process repetitions, as the anchor script reports SciPy's (the first run includes JIT warm-up);
        // with both engines the repetitions alternate, so that a slow minute of this machine hits both alike.
        var times = engines.ToDictionary(e => e, _ => new List<double>());
        var results = new Dictionary<AssignmentEngine, AssignmentResult>();
        for (var k = 0; k < reps; k++)
            foreach (var engine in engines)
            {
                var watch = Stopwatch.StartNew();
                results[engine] = engine == AssignmentEngine.OrTools ? OrToolsAssignmentSolver.Solve(problem) : AssignmentSolver.Solve(problem);
                times[engine].Add(watch.Elapsed.TotalSeconds);
            }
        foreach (var engine in engines)
        {
            var r = results[engine];
            if (r.Status != AssignmentStatus.Optimal) return Fail($"engine={engine} status={r.Status}: {r.Message}");
            var check = AssignmentVerifier.Verify(problem, r);
            if (!check.IsCertifiedOptimal) return Fail($"engine={engine} certificate failed: " + string.Join("; ", check.Problems));
        }
        if (engines.Length == 2 && results[AssignmentEngine.Native].Objective != results[AssignmentEngine.OrTools].Objective)
            return Fail($"the engines disagree: native {results[AssignmentEngine.Native].Objective}, OR-Tools {results[AssignmentEngine.OrTools].Objective}");
        double Median(AssignmentEngine e) { var t = times[e].Order().ToList(); return t[t.Count / 2]; }
        var result = results[engines[0]];
        var median = Median(engines[0]);

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
        foreach (var engine in engines)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"engine={engine.ToString().ToLowerInvariant()} objective={objectiveText} seconds={Median(engine):F3} runs={string.Join(",", times[engine].Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))} rows={problem.Rows} cols={problem.Columns} edges={problem.EdgeCount} certified=true"));
        if (engines.Length == 2)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"native/ortools={Median(AssignmentEngine.Native) / Median(AssignmentEngine.OrTools):F2}"));
        return 0;
    }

    /// <summary>INSTANCE.caps beside INSTANCE.txt, if there is one.</summary>
    private static string? BesideCaps(string instancePath)
    {
        var caps = Path.ChangeExtension(instancePath, ".caps");
        return caps != instancePath && File.Exists(caps) ? caps : null;
    }
}
