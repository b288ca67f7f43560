using static Matcher.Bench.CliArguments;
using System.Diagnostics;
using System.Globalization;
using Matcher.Core.Batch;

namespace Matcher.Bench.Batch;

/// <summary><c>batch --scale district|state [--seed N] [--top K] [--per-place M] [--min-score X] [--engine native|ortools]</c>: one regional run end to end, with stage timings, counts and peak memory.</summary>
public static class BatchCommand
{
    public static int Run(string[] args)
    {
        var scale = Option(args, "--scale") ?? "district";
        if (scale is not ("district" or "state")) return Fail($"--scale must be 'district' or 'state', not '{scale}'.");
        if (!int.TryParse(Option(args, "--seed") ?? "42", CultureInfo.InvariantCulture, out var seed)) return Fail("--seed must be an integer.");
        int? top = null;
        if (Option(args, "--top") is { } topText)
        {
            if (!int.TryParse(topText, CultureInfo.InvariantCulture, out var t) || t < 1) return Fail($"--top must be a positive integer, not '{topText}'.");
            top = t;
        }
        int? perPlace = null;
        if (Option(args, "--per-place") is { } perPlaceText)
        {
            if (!int.TryParse(perPlaceText, CultureInfo.InvariantCulture, out var m) || m < 1) return Fail($"--per-place must be a positive integer, not '{perPlaceText}'.");
            perPlace = m;
        }
        if (!double.TryParse(Option(args, "--min-score") ?? new BatchOptions().MinimumScore.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, out var minimum) || minimum is < 0 or > 1)
            return Fail("--min-score must be a number in [0, 1].");

        var taxonomy = BenchData.Taxonomy();
        var region = scale == "district" ? BenchData.District(taxonomy, seed) : BenchData.State(taxonomy, seed);
        var pipeline = BenchData.Pipeline(taxonomy);
        var watch = Stopwatch.StartNew();
        var engine = (Option(args, "--engine") ?? "native") switch
        {
            "native" => (Matcher.Core.Assignment.AssignmentEngine?)Matcher.Core.Assignment.AssignmentEngine.Native,
            "ortools" => Matcher.Core.Assignment.AssignmentEngine.OrTools,
            _ => null,
        };
        if (engine is null) return Fail("--engine must be 'native' or 'ortools'.");
        var result = pipeline.Run(region.Candidates, region.Vacancies, BenchData.AsOf, new BatchOptions(minimum, top, perPlace, Engine: engine.Value));
        watch.Stop();
        var c = result.Counts;
        Console.WriteLine($"scale={scale} candidates={region.Candidates.Count} vacancies={region.Vacancies.Count} status={result.Status} certified={result.Verification?.IsCertifiedOptimal}");
        Console.WriteLine($"pairs total={c.PairsTotal} examined={c.PairsExamined} scored={c.PairsAdmitted} aboveMinimum={c.PairsAboveMinimum} profilesSkippedByBound={c.ProfilesSkipped} cutByVacancy={c.PairsCutByVacancy} edgesSolved={c.EdgesSolved} proposals={c.Proposals} objective={result.Objective}");
        Console.WriteLine("stages: " + string.Join(" ", result.Timings.Select(t => $"{t.Stage}={t.Elapsed.TotalSeconds:F3}s")));
        Console.WriteLine($"seconds={watch.Elapsed.TotalSeconds:F3} peakWorkingSetMB={Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)}");
        return 0;
    }
}
