using static Matcher.Bench.CliArguments;
using System.Diagnostics;
using System.Globalization;
using Matcher.Core.Assignment.Constrained;
using Matcher.Core.Batch;
using Matcher.Core.Generation;

namespace Matcher.Bench.Batch;

/// <summary>
/// <c>batch --scale district|state [--seed N] [--top K] [--per-place M] [--min-score X] [--engine native|ortools]
/// [--employer-limit L] [--change-budget B] [--parity P] [--young-share S] [--time-limit S]</c>: one regional run end to end,
/// with stage timings, counts and peak memory. The previous run for a change budget is the same region without its last
/// twentieth of vacancies (as if they had been posted since), under the same employer limit; parity (women against men)
/// and the share of training places for people under 25 go by made-up monitoring data (<see cref="GeneratedMonitoring"/>).
/// </summary>
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

        int? employerLimit = null, changeBudget = null;
        if (Option(args, "--employer-limit") is { } limitText)
        {
            if (!int.TryParse(limitText, CultureInfo.InvariantCulture, out var l) || l < 0) return Fail($"--employer-limit must be a non-negative integer, not '{limitText}'.");
            employerLimit = l;
        }
        if (Option(args, "--change-budget") is { } budgetText)
        {
            if (!int.TryParse(budgetText, CultureInfo.InvariantCulture, out var b) || b < 0) return Fail($"--change-budget must be a non-negative integer, not '{budgetText}'.");
            changeBudget = b;
        }
        int? parityPercent = null;
        if (Option(args, "--parity") is { } parityText)
        {
            if (!int.TryParse(parityText, CultureInfo.InvariantCulture, out var pp) || pp is < 1 or > 150) return Fail($"--parity must be a whole percentage from 1 to 150, not '{parityText}'.");
            parityPercent = pp;
        }
        int? youngShare = null;
        if (Option(args, "--young-share") is { } shareText)
        {
            if (!int.TryParse(shareText, CultureInfo.InvariantCulture, out var ys) || ys is < 1 or > 99) return Fail($"--young-share must be a whole percentage from 1 to 99, not '{shareText}'.");
            youngShare = ys;
        }
        if (!double.TryParse(Option(args, "--time-limit") ?? "60", CultureInfo.InvariantCulture, out var timeLimit) || timeLimit <= 0)
            return Fail("--time-limit must be a positive number of seconds.");

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
        RunConstraints? constraints = null;
        if (employerLimit is not null || changeBudget is not null || parityPercent is not null || youngShare is not null)
        {
            IReadOnlyCollection<(string, string)>? previous = null;
            if (changeBudget is not null)
            {
                var earlier = pipeline.Run(region.Candidates, region.Vacancies.Take(region.Vacancies.Count * 19 / 20).ToList(), BenchData.AsOf,
                    new BatchOptions(minimum, top, perPlace, Engine: engine.Value, Constraints: employerLimit is null ? null : new RunConstraints(employerLimit, TimeLimitSeconds: timeLimit)));
                previous = [.. earlier.Proposals.Select(p => (p.CandidateId, p.VacancyId))];
                Console.WriteLine($"previous run (without the last twentieth of vacancies): {previous.Count} proposals");
            }
            var volunteered = new Random(seed);
            var monitoring = region.Candidates.Select(c => (c.Id, Data: GeneratedMonitoring.Draw(c, BenchData.AsOf, volunteered))).Where(m => m.Data is not null).ToList();
            HashSet<string> Where(Func<GeneratedMonitoring, bool> test) => monitoring.Where(m => test(m.Data!)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            RunParity? parity = parityPercent is { } percent ? new RunParity("women / men", Where(m => m.Gender == "female"), Where(m => m.Gender == "male"), percent) : null;
            RunShare? share = youngShare is { } young ? new RunShare("training places for people under 25", Where(m => BenchData.AsOf.Year - m.BirthYear < 25), young) : null;
            constraints = new RunConstraints(employerLimit, changeBudget, previous, timeLimit, parity, share);
            watch.Restart();
        }
        var result = pipeline.Run(region.Candidates, region.Vacancies, BenchData.AsOf, new BatchOptions(minimum, top, perPlace, Engine: engine.Value, Constraints: constraints));
        watch.Stop();
        var c = result.Counts;
        Console.WriteLine($"scale={scale} candidates={region.Candidates.Count} vacancies={region.Vacancies.Count} status={result.Status} certified={result.Verification?.IsCertifiedOptimal}");
        Console.WriteLine($"pairs total={c.PairsTotal} examined={c.PairsExamined} admitted={c.PairsAdmitted} scored={c.PairsScored} aboveMinimum={c.PairsAboveMinimum} profilesSkippedByBound={c.ProfilesSkipped} cutByVacancy={c.PairsCutByVacancy} edgesSolved={c.EdgesSolved} pricingRounds={c.PricingRounds} proposals={c.Proposals} objective={result.Objective}");
        Console.WriteLine("stages: " + string.Join(" ", result.Timings.Select(t => $"{t.Stage}={t.Elapsed.TotalSeconds:F3}s")));
        if (result.Constrained is { } k)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"side constraints: {k.Status} objective={k.Objective} bound={k.BestBound} gap={k.Gap:P3} unconstrained={k.Unconstrained} solve={k.Seconds:F1}s {k.Message}"));
            foreach (var r in k.Reports)
            {
                var state = r.Constraint switch
                {
                    ConstraintReport.EmployerLimits => $"{r.LimitsReached!.Count} of {r.Limits} limits reached, e.g. {string.Join("; ", r.LimitsReached.Take(3))}",
                    ConstraintReport.Share => string.Create(CultureInfo.InvariantCulture, $"{r.ParityName}: {r.ProtectedRate:P1} of the proposals to training places (at least {r.RatioPercent} % asked)"),
                    ConstraintReport.Parity => string.Create(CultureInfo.InvariantCulture, $"{r.ParityName}: {r.ProtectedRate:P1} against {r.ReferenceRate:P1} with a proposal (at least {r.RatioPercent} % asked)"),
                    _ => $"{r.ChangesUsed} of at most {r.ChangesAllowed} changes used; {r.ChangesForced} previous proposals no longer possible",
                };
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {r.Constraint}: binding={r.Binding} cost={r.Cost}{(r.CostIsProved ? "" : $"..{r.CostAtMost}")} ({(double)r.Cost / Math.Max(1, k.Unconstrained):P2}{(r.CostIsProved ? "" : $"..{(double)(r.CostAtMost ?? 0) / Math.Max(1, k.Unconstrained):P2}")} of the unconstrained optimum) {state}"));
            }
        }
        Console.WriteLine($"seconds={watch.Elapsed.TotalSeconds:F3} peakWorkingSetMB={Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)}");
        return 0;
    }
}
