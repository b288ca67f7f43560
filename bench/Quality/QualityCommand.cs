using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Matcher.Core;
using Matcher.Core.Assignment;
using Matcher.Core.Batch;
using Matcher.Core.Eligibility;
using Matcher.Core.Scoring;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Bench.Quality;

/// <summary>
/// <c>quality [--seeds 1,2,3] [--train-seeds 101,102,103] [--candidates 2000] [--vacancies 1000] [--minimum S] [--weights FILE] [--no-learner]</c>:
/// runs the nightly pipeline on simulated regions with a hidden true fit (<see cref="SimulatedRegion"/>) and compares its
/// proposals with first-come-first-served greedy on the same scores, a "nearest helper job" policy, a learner trained on
/// other seeds from the records alone (<see cref="FitLearner"/>), and the hindsight optimum of the true fit.
/// </summary>
public static class QualityCommand
{
    public static int Run(string[] args)
    {
        if (!TryInts(CliArguments.Option(args, "--seeds") ?? "1,2,3", out var seeds)) return CliArguments.Fail("--seeds: comma-separated whole numbers, e.g. 1,2,3");
        if (!TryInts(CliArguments.Option(args, "--train-seeds") ?? "101,102,103", out var trainSeeds)) return CliArguments.Fail("--train-seeds: comma-separated whole numbers");
        if (!int.TryParse(CliArguments.Option(args, "--candidates") ?? "2000", CultureInfo.InvariantCulture, out var candidates) || candidates < 10)
            return CliArguments.Fail("--candidates: a whole number of at least 10");
        if (!int.TryParse(CliArguments.Option(args, "--vacancies") ?? "1000", CultureInfo.InvariantCulture, out var vacancies) || vacancies < 5)
            return CliArguments.Fail("--vacancies: a whole number of at least 5");
        var withLearner = !args.Contains("--no-learner");
        var options = new BatchOptions();
        if (CliArguments.Option(args, "--minimum") is { } minimumText)
        {
            if (!double.TryParse(minimumText, NumberStyles.Float, CultureInfo.InvariantCulture, out var minimum) || minimum is < 0 or > 1)
                return CliArguments.Fail("--minimum: a score between 0 and 1");
            options = options with { MinimumScore = minimum };
        }

        var taxonomy = BenchData.Taxonomy();
        var weights = ScoringWeights.Default;
        if (CliArguments.Option(args, "--weights") is { } weightsPath)
        {
            try
            {
                using var stream = File.OpenRead(weightsPath);
                weights = ScoringWeights.Load(stream, weightsPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                return CliArguments.Fail($"--weights: {e.Message}");
            }
        }
        var scorer = new PairScorer(taxonomy, weights);
        var eligibility = EligibilityChecker.Default;
        var on = BenchData.AsOf;
        var watch = Stopwatch.StartNew();

        FitLearner? learner = null;
        if (withLearner)
        {
            learner = new FitLearner();
            var examples = new List<(float[], float)>();
            foreach (var seed in trainSeeds)
            {
                var world = SimulatedRegion.Generate(taxonomy, candidates, vacancies, on, seed);
                foreach (var pair in Admissible(world, scorer, eligibility, on))
                    examples.Add((ObservedPair.Features(scorer, world.Region.Candidates[pair.Candidate], world.Region.Vacancies[pair.Vacancy], on),
                        (float)world.TrueFit(pair.Candidate, world.Region.Vacancies[pair.Vacancy], on)));
            }
            learner.Train(examples);
            Console.WriteLine($"learner trained on {examples.Count:N0} pairs of seeds {string.Join(',', trainSeeds)} in {watch.Elapsed.TotalSeconds:0.0} s");
        }

        var totals = new Dictionary<string, List<PolicyOutcome>>();
        foreach (var seed in seeds)
        {
            var world = SimulatedRegion.Generate(taxonomy, candidates, vacancies, on, seed);
            var region = world.Region;
            var pipeline = new BatchPipeline(scorer, eligibility);
            var result = pipeline.Run(region.Candidates, region.Vacancies, on, options);
            var candidateIndex = region.Candidates.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var vacancyIndex = region.Vacancies.Select((v, i) => (v.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var admissible = Admissible(world, scorer, eligibility, on);

            var policies = new Dictionary<string, List<(int Candidate, int Vacancy)>>
            {
                ["product (optimal assignment)"] = [.. result.Proposals.Select(p => (candidateIndex[p.CandidateId], vacancyIndex[p.VacancyId]))],
                ["greedy on the product's scores"] = Greedy(world, admissible, options.MinimumScore),
                ["nearest helper job"] = NearestHelper(world, admissible),
            };
            if (learner is not null)
            {
                var predicted = learner.Predict([.. admissible.Select(p => ObservedPair.Features(scorer, region.Candidates[p.Candidate], region.Vacancies[p.Vacancy], on))]);
                policies["learner from the records (limit)"] = Optimal(world, [.. admissible.Select((p, i) => (p.Candidate, p.Vacancy, (double)predicted[i]))]);
            }
            var hindsight = Hindsight(world, on);
            policies["hindsight optimum of the true fit"] = hindsight;
            var hindsightFit = hindsight.Sum(p => world.TrueFit(p.Item1, region.Vacancies[p.Item2], on));
            var skilledInReach = SkilledOptionInReach(world, scorer, admissible, on);
            foreach (var (name, assignment) in policies)
            {
                var outcome = Evaluate(world, assignment, hindsightFit, skilledInReach, on);
                if (!totals.TryGetValue(name, out var list)) totals[name] = list = [];
                list.Add(outcome);
            }
            Console.WriteLine($"seed {seed}: {region.Candidates.Count} x {region.Vacancies.Count}, {admissible.Count:N0} admissible pairs, {watch.Elapsed.TotalSeconds:0.0} s");
        }

        Console.WriteLine();
        Console.WriteLine($"Mean over seeds {string.Join(',', seeds)} ({candidates} candidates x {vacancies} vacancies each):");
        Console.WriteLine();
        Console.WriteLine("| policy | share of hindsight true fit | proposals | true fit 0 | level 2+ | legally impossible | training against wish | recognised skilled into training unasked, skilled option in reach |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, list) in totals)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {list.Average(o => o.ShareOfHindsight):0.000} | {list.Average(o => o.Proposals):0} | {list.Average(o => o.ZeroFitShare):0.000} | {list.Average(o => o.Level2Share):0.000} | {list.Sum(o => o.Illegal)} | {list.Average(o => o.TrainingAgainstWishShare):0.000} | {list.Sum(o => o.SkilledIntoTrainingUnasked)} |"));
        Console.WriteLine();
        Console.WriteLine("Proposals by kind (mean): helper jobs / skilled jobs / apprenticeships / EQ");
        foreach (var (name, list) in totals)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- {name}: {list.Average(o => o.Helper):0} / {list.Average(o => o.Skilled):0} / {list.Average(o => o.Apprenticeship):0} / {list.Average(o => o.Eq):0}"));
        Console.WriteLine();
        Console.WriteLine("Why proposals had a true fit of 0 (all seeds):");
        foreach (var (name, list) in totals)
        {
            var reasons = list.SelectMany(o => o.ZeroReasons).GroupBy(r => r.Key).Select(g => $"{g.Key} {g.Sum(r => r.Value)}").ToList();
            if (reasons.Count > 0) Console.WriteLine($"- {name}: {string.Join(", ", reasons)}");
        }
        return 0;
    }

    /// <summary>Pairs the service could propose: legal by its rule book and not knocked out, with the service's score.</summary>
    private static List<ScoredPair> Admissible(SimulatedRegion world, PairScorer scorer, EligibilityChecker eligibility, DateOnly on)
    {
        var region = world.Region;
        var generator = new PairGenerator(region.Vacancies, scorer, eligibility, on);
        var bag = new ConcurrentBag<List<ScoredPair>>();
        Parallel.For(0, region.Candidates.Count, () => (Workspace: generator.NewWorkspace(), List: new List<ScoredPair>()), (i, _, local) =>
        {
            var candidate = region.Candidates[i];
            generator.Collect(candidate, local.Workspace);
            foreach (var (k, _) in local.Workspace.Admissible)
            {
                var distance = local.Workspace.DistanceKm(k);
                local.List.Add(new ScoredPair(i, k, scorer.ScoreValue(candidate, k, distance, local.Workspace.Memo), distance));
            }
            return local;
        }, local => bag.Add(local.List));
        return [.. bag.SelectMany(l => l).OrderBy(p => p.Candidate).ThenBy(p => p.Vacancy)];
    }

    /// <summary>First come, first served: candidates in registration order each take their best-scoring vacancy with a place left.</summary>
    private static List<(int, int)> Greedy(SimulatedRegion world, List<ScoredPair> admissible, double minimum)
    {
        var left = world.Region.Vacancies.Select(v => v.Places).ToArray();
        var taken = new List<(int, int)>();
        foreach (var mine in admissible.GroupBy(p => p.Candidate).OrderBy(g => g.Key))
            foreach (var p in mine.Where(p => p.Score >= minimum).OrderByDescending(p => p.Score).ThenBy(p => p.Vacancy))
                if (left[p.Vacancy] > 0) { left[p.Vacancy]--; taken.Add((p.Candidate, p.Vacancy)); break; }
        return taken;
    }

    /// <summary>What happens without a matcher: each person, in turn, takes the nearest helper job they may take.</summary>
    private static List<(int, int)> NearestHelper(SimulatedRegion world, List<ScoredPair> admissible)
    {
        var vacancies = world.Region.Vacancies;
        var left = vacancies.Select(v => v.Places).ToArray();
        var taken = new List<(int, int)>();
        foreach (var mine in admissible.GroupBy(p => p.Candidate).OrderBy(g => g.Key))
            foreach (var p in mine.Where(p => vacancies[p.Vacancy] is { Kind: VacancyKind.Job, RequiredLevel: RequirementLevel.Helfer }).OrderBy(p => p.DistanceKm))
                if (left[p.Vacancy] > 0) { left[p.Vacancy]--; taken.Add((p.Candidate, p.Vacancy)); break; }
        return taken;
    }

    /// <summary>The best assignment in hindsight: every pair with a true fit above zero, solved exactly.</summary>
    internal static List<(int, int)> Hindsight(SimulatedRegion world, DateOnly on)
    {
        var region = world.Region;
        var bag = new ConcurrentBag<(int, int, double)>();
        Parallel.For(0, region.Candidates.Count, i =>
        {
            for (var k = 0; k < region.Vacancies.Count; k++)
                if (world.TrueFit(i, region.Vacancies[k], on) is var fit and > 0) bag.Add((i, k, fit));
        });
        return Optimal(world, [.. bag]);
    }

    /// <summary>The capacitated assignment maximising the sum of <c>Value</c> (each person at most once, each vacancy at most its places).</summary>
    private static List<(int, int)> Optimal(SimulatedRegion world, List<(int Candidate, int Vacancy, double Value)> edges)
    {
        var positive = edges.Where(e => e.Value > 0).OrderBy(e => e.Candidate).ThenBy(e => e.Vacancy).ToList();
        var problem = AssignmentProblem.Create(world.Region.Candidates.Count, world.Region.Vacancies.Count,
            [.. positive.Select(e => e.Candidate)], [.. positive.Select(e => e.Vacancy)], [.. positive.Select(e => ScoreScale.ToUnits(e.Value))],
            ObjectiveSense.Maximize, assignAllRows: false, [.. world.Region.Vacancies.Select(v => v.Places)]);
        var solution = AssignmentSolver.Solve(problem);
        if (solution.Status != AssignmentStatus.Optimal) throw new InvalidOperationException(solution.Message);
        return [.. solution.Pairs()];
    }

    /// <summary>
    /// People with a recognised vocational qualification who have a skilled job within reach that fits them (the service
    /// could propose it, and they hold at least half its essential skills or are qualified in its Berufsgruppe).
    /// </summary>
    private static HashSet<int> SkilledOptionInReach(SimulatedRegion world, PairScorer scorer, List<ScoredPair> admissible, DateOnly on)
    {
        var region = world.Region;
        var found = new HashSet<int>();
        foreach (var p in admissible)
        {
            var c = region.Candidates[p.Candidate];
            var v = region.Vacancies[p.Vacancy];
            if (found.Contains(p.Candidate) || v.Kind != VacancyKind.Job || v.RequiredLevel < RequirementLevel.Fachkraft) continue;
            if (!c.Qualifications.Any(q => q.Level >= RequirementLevel.Fachkraft && q.IsFullyValid)) continue;
            var score = scorer.Score(c, v, on);
            if (score[ScoreComponentKind.EssentialSkills].Value >= 0.5
                || c.Qualifications.Any(q => scorer.Taxonomy.Kinship(q.Occupation, v.Occupation) <= OccupationKinship.SameGroup)) found.Add(p.Candidate);
        }
        return found;
    }

    private static PolicyOutcome Evaluate(SimulatedRegion world, List<(int Candidate, int Vacancy)> assignment, double hindsightFit,
        HashSet<int> skilledInReach, DateOnly on)
    {
        var region = world.Region;
        double fit = 0;
        var why = new Dictionary<string, int>(StringComparer.Ordinal);
        int zero = 0, level2 = 0, illegal = 0, training = 0, againstWish = 0, skilledUnasked = 0, helper = 0, skilled = 0, eq = 0;
        foreach (var (i, k) in assignment)
        {
            var v = region.Vacancies[k];
            var c = region.Candidates[i];
            var (f, reason) = world.Judge(i, v, on);
            fit += f;
            if (f <= 0) { zero++; why[reason ?? "?"] = why.GetValueOrDefault(reason ?? "?") + 1; }
            if (v.IsTraining || v.RequiredLevel >= RequirementLevel.Fachkraft) level2++;
            if (v.Kind == VacancyKind.Einstiegsqualifizierung) eq++;
            else if (!v.IsTraining && v.RequiredLevel == RequirementLevel.Helfer) helper++;
            else if (!v.IsTraining) skilled++;
            if (!world.Legal(i, v, on)) illegal++;
            if (!v.IsTraining) continue;
            training++;
            var asked = c.Preferences.InterestedInApprenticeship;
            if (!asked) againstWish++;
            if (!asked && skilledInReach.Contains(i)) skilledUnasked++;
        }
        var n = Math.Max(1, assignment.Count);
        return new PolicyOutcome(fit / hindsightFit, assignment.Count, (double)zero / n, (double)level2 / n, illegal,
            training == 0 ? 0 : (double)againstWish / training, skilledUnasked, why, helper, skilled, training - eq, eq);
    }

    private static bool TryInts(string text, out int[] values)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        values = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i])) return false;
        return parts.Length > 0;
    }

    private readonly record struct ScoredPair(int Candidate, int Vacancy, double Score, double DistanceKm);

    private sealed record PolicyOutcome(double ShareOfHindsight, int Proposals, double ZeroFitShare, double Level2Share, int Illegal,
        double TrainingAgainstWishShare, int SkilledIntoTrainingUnasked, Dictionary<string, int> ZeroReasons,
        int Helper, int Skilled, int Apprenticeship, int Eq);
}
