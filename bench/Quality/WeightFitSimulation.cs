using System.Globalization;
using Matcher.Core.Batch;
using Matcher.Core.Eligibility;
using Matcher.Core.Scoring;
using Matcher.Core.Scoring.Calibration;

namespace Matcher.Bench.Quality;

/// <summary>
/// <c>weights-sim [--months 6] [--held-out-month 1] [--seeds 1,2,3] [--candidates 2000] [--vacancies 1000] [--out FILE]</c>:
/// proves the weight fit where no real outcomes exist. Each simulated month is a fresh region (new people, new
/// vacancies) matched with the hand-set weights; each proposal becomes a lasting placement with probability equal to
/// its hidden true fit (<see cref="SimulatedRegion"/>), which the service never sees. The weights are fitted on the
/// months' outcomes, judged on a month held out (AUC, Brier, reliability against the hand-set weights), and then used
/// to match <b>other</b> seeded regions: the share of the hindsight true fit with fitted against hand-set weights.
/// </summary>
public static class WeightFitSimulation
{
    public static int Run(string[] args)
    {
        if (!int.TryParse(CliArguments.Option(args, "--months") ?? "6", CultureInfo.InvariantCulture, out var months) || months < 2)
            return CliArguments.Fail("--months: a whole number of at least 2");
        if (!int.TryParse(CliArguments.Option(args, "--held-out-month") ?? "1", CultureInfo.InvariantCulture, out var heldOutMonths) || heldOutMonths < 1 || heldOutMonths >= months)
            return CliArguments.Fail("--held-out-month: at least 1 and fewer than --months");
        var seedsText = CliArguments.Option(args, "--seeds") ?? "1,2,3";
        var seeds = new List<int>();
        foreach (var part in seedsText.Split(','))
        {
            if (!int.TryParse(part, CultureInfo.InvariantCulture, out var s)) return CliArguments.Fail("--seeds: comma-separated whole numbers, e.g. 1,2,3");
            seeds.Add(s);
        }
        if (!int.TryParse(CliArguments.Option(args, "--candidates") ?? "2000", CultureInfo.InvariantCulture, out var candidates) || candidates < 10)
            return CliArguments.Fail("--candidates: a whole number of at least 10");
        if (!int.TryParse(CliArguments.Option(args, "--vacancies") ?? "1000", CultureInfo.InvariantCulture, out var vacancies) || vacancies < 5)
            return CliArguments.Fail("--vacancies: a whole number of at least 5");

        var taxonomy = BenchData.Taxonomy();
        var on = BenchData.AsOf;
        var handSet = ScoringWeights.Default;
        var eligibility = EligibilityChecker.Default;

        // Months of proposals and what became of them. Month seeds are far from the evaluation seeds.
        var outcomes = new Random(20261127);
        var byMonth = new List<List<OutcomeExample>>();
        for (var month = 0; month < months; month++)
        {
            var world = SimulatedRegion.Generate(taxonomy, candidates, vacancies, on, 5000 + month);
            var result = new BatchPipeline(new PairScorer(taxonomy, handSet), eligibility).Run(world.Region.Candidates, world.Region.Vacancies, on, new BatchOptions());
            var index = world.Region.Candidates.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var vacancyById = world.Region.Vacancies.ToDictionary(v => v.Id, StringComparer.Ordinal);
            byMonth.Add([.. result.Proposals.Select(p =>
                OutcomeExample.From(p.Score, outcomes.NextDouble() < world.TrueFit(index[p.CandidateId], vacancyById[p.VacancyId], on)))]);
        }
        var train = byMonth.Take(months - heldOutMonths).SelectMany(m => m).ToList();
        var heldOut = byMonth.Skip(months - heldOutMonths).SelectMany(m => m).ToList();
        Console.WriteLine($"{months} simulated months of {candidates} x {vacancies}: {train.Count:N0} proposals with outcomes to fit on ({train.Count(e => e.Success) / (double)train.Count:P1} lasting), {heldOut.Count:N0} held out");

        var fitted = WeightFit.Fit(train);
        var (scale, intercept) = WeightFit.Calibrate(handSet, train);
        var fittedReport = CalibrationReport.Of([.. heldOut.Select(e => (fitted.Probability(e.LogComponents), e.Success))]);
        var handSetReport = CalibrationReport.Of([.. heldOut.Select(e => (FittedScoring.Sigmoid(intercept + scale * FittedScoring.LogScore(handSet, e.LogComponents)), e.Success))]);

        Console.WriteLine();
        Console.WriteLine("| weight | hand-set | fitted |");
        Console.WriteLine("|---|---|---|");
        foreach (var kind in Enum.GetValues<ScoreComponentKind>())
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {handSet.For(kind):0.00} | {fitted.Weights.For(kind):0.00} |"));
        Console.WriteLine();
        Console.WriteLine("held-out month | AUC | Brier");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hand-set weights (scale and intercept fitted) | {handSetReport.Auc:0.000} | {handSetReport.Brier:0.0000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fitted weights | {fittedReport.Auc:0.000} | {fittedReport.Brier:0.0000}"));
        Console.WriteLine("reliability of the fitted weights (predicted bin: n, mean predicted, observed):");
        foreach (var bin in fittedReport.Reliability)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{bin.From:0.0}, {bin.To:0.0}): {bin.Count}, {bin.MeanPredicted:0.000}, {bin.Observed:0.000}"));

        // The test that matters: other regions, matched with each set of weights, judged by the hidden truth.
        Console.WriteLine();
        Console.WriteLine("| region seed | hand-set: share of hindsight true fit | fitted | difference |");
        Console.WriteLine("|---|---|---|---|");
        var differences = new List<double>();
        foreach (var seed in seeds)
        {
            var world = SimulatedRegion.Generate(taxonomy, candidates, vacancies, on, seed);
            var hindsight = QualityCommand.Hindsight(world, on).Sum(p => world.TrueFit(p.Item1, world.Region.Vacancies[p.Item2], on));
            double Share(ScoringWeights weights)
            {
                var result = new BatchPipeline(new PairScorer(taxonomy, weights), eligibility).Run(world.Region.Candidates, world.Region.Vacancies, on, new BatchOptions());
                var index = world.Region.Candidates.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
                var vacancyById = world.Region.Vacancies.ToDictionary(v => v.Id, StringComparer.Ordinal);
                return result.Proposals.Sum(p => world.TrueFit(index[p.CandidateId], vacancyById[p.VacancyId], on)) / hindsight;
            }
            var (before, after) = (Share(handSet), Share(fitted.Weights));
            differences.Add(after - before);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {seed} | {before:0.000} | {after:0.000} | {after - before:+0.000;-0.000} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean difference: {differences.Average():+0.000;-0.000} of the hindsight true fit"));

        if (CliArguments.Option(args, "--out") is { } path)
        {
            File.WriteAllText(path, fitted.Weights.ToJson($"Fitted by bench weights-sim on {months - heldOutMonths} simulated months of outcomes."));
            Console.WriteLine($"wrote {path}");
        }
        return 0;
    }
}
