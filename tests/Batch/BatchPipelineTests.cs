using Matcher.Core.Assignment;
using Matcher.Core.Batch;
using Matcher.Core.Eligibility;
using Matcher.Core.Generation;
using Matcher.Core;
using Matcher.Core.Scoring;
using Matcher.Core.Vacancies;
using FsCheck;
using Xunit;

namespace Matcher.Tests.Batch;

public class BatchPipelineTests
{
    private static readonly PairScorer Scorer = new(Make.Taxonomy, ScoringWeights.Default);
    private static readonly BatchPipeline Pipeline = new(Scorer, EligibilityChecker.Default);
    private static readonly Region Region = new RegionGenerator(Make.Taxonomy, Make.CommonOccupations).Generate(RegionProfile.Burgenlandkreis, 300, 150, Make.Today, 11);

    [Fact]
    public void Proposals_respect_capacities_and_are_certified_optimal()
    {
        var result = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        Assert.Equal(AssignmentStatus.Optimal, result.Status);
        Assert.True(result.Verification!.IsCertifiedOptimal, string.Join("; ", result.Verification.Problems));
        Assert.NotEmpty(result.Proposals);
        Assert.Equal(result.Proposals.Count, result.Proposals.Select(p => p.CandidateId).Distinct().Count());
        var places = Region.Vacancies.ToDictionary(v => v.Id, v => v.Places);
        Assert.All(result.Proposals.GroupBy(p => p.VacancyId), g => Assert.True(g.Count() <= places[g.Key]));
        Assert.All(result.Proposals, p => Assert.True(p.Score.Value >= new BatchOptions().MinimumScore && p.Eligibility.IsEligible && !p.Score.IsKnockedOut));
        Assert.Equal(result.Proposals.Sum(p => ScoreScale.ToUnits(p.Score.Value)), result.Objective);
        Assert.Equal(["index", "generate+score", "build", "solve", "verify", "explain"], result.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void No_recognised_skilled_worker_is_proposed_training_they_did_not_ask_for_while_fitting_skilled_work_is_within_reach()
    {
        var region = new RegionGenerator(Make.Taxonomy, Make.CommonOccupations).Generate(RegionProfile.Burgenlandkreis, 600, 300, Make.Today, 5);
        var result = Pipeline.Run(region.Candidates, region.Vacancies, Make.Today, new BatchOptions());
        var proposed = result.Proposals.ToDictionary(p => p.CandidateId, p => region.Vacancies.First(v => v.Id == p.VacancyId));
        var shortlists = new Matcher.Core.Shortlists.ShortlistBuilder(Scorer, EligibilityChecker.Default);
        var withFittingOption = 0;
        foreach (var c in region.Candidates)
        {
            if (!c.Qualifications.Any(q => q.Level >= RequirementLevel.Fachkraft && q.IsFullyValid) || c.Preferences.InterestedInApprenticeship) continue;
            // A fitting skilled job the person could take: in the field of the qualification, or with at least half its essentials.
            var fitting = region.Vacancies.Where(v => v is { Kind: VacancyKind.Job, RequiredLevel: >= RequirementLevel.Fachkraft })
                .Select(v => shortlists.Evaluate(c, v, Make.Today)).OfType<Matcher.Core.Shortlists.ShortlistEntry>()
                .Any(e => e.Score[ScoreComponentKind.EssentialSkills].Value >= 0.5 || e.Score[ScoreComponentKind.Qualification].Value >= 0.85);
            if (!fitting) continue;
            withFittingOption++;
            Assert.False(proposed.TryGetValue(c.Id, out var v) && v.IsTraining, $"{c.Id} proposed {v?.Kind} {v?.Id}");
        }
        Assert.True(withFittingOption > 20, $"only {withFittingOption} recognised skilled workers with a fitting option: the test shows nothing");
    }

    [Fact]
    public void Runs_are_deterministic()
    {
        var a = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        var b = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions(MaxDegreeOfParallelism: 1));
        Assert.Equal(a.Proposals.Select(p => (p.CandidateId, p.VacancyId)), b.Proposals.Select(p => (p.CandidateId, p.VacancyId)));
    }

    [Fact]
    public void A_run_with_OR_Tools_reaches_the_native_optimum_with_a_checked_certificate()
    {
        var native = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        var ortools = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions(Engine: Matcher.Core.Assignment.AssignmentEngine.OrTools));
        Assert.Equal(Matcher.Core.Assignment.AssignmentStatus.Optimal, ortools.Status);
        Assert.Equal(native.Objective, ortools.Objective);
        Assert.True(ortools.Verification?.IsCertifiedOptimal, "the certificate derived for OR-Tools' assignment did not hold");
    }

    [Fact]
    public void The_priced_solve_proposes_what_one_solve_over_all_pairs_does_and_keeps_pins()
    {
        var exact = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        var pin = exact.Proposals[^1];
        var whole = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions(Pins: [(pin.CandidateId, pin.VacancyId)]));
        var priced = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions(Pins: [(pin.CandidateId, pin.VacancyId)], PricedAbovePairs: 0));

        Assert.True(priced.Counts.PricingRounds >= 1);
        Assert.True(priced.Counts.EdgesSolved < whole.Counts.EdgesSolved, $"{priced.Counts.EdgesSolved} of {whole.Counts.EdgesSolved} pairs solved");
        Assert.Equal(whole.Objective, priced.Objective);
        Assert.True(priced.Verification!.IsCertifiedOptimal);
        Assert.Contains(priced.Proposals, p => p.CandidateId == pin.CandidateId && p.VacancyId == pin.VacancyId && p.Pinned);
    }

    [Fact]
    public void Scoring_on_demand_reaches_the_optimum_of_scoring_every_pair_with_pins_and_exclusions()
    {
        var exact = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        var (pin, excluded) = (exact.Proposals[^1], exact.Proposals[0]);
        BatchOptions Options(long onDemandAbove) => new(Pins: [(pin.CandidateId, pin.VacancyId)], Exclusions: [(excluded.CandidateId, excluded.VacancyId)],
            PricedAbovePairs: 0, ScoreOnDemandAbovePairs: onDemandAbove);
        var everyPair = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, Options(long.MaxValue));
        var onDemand = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, Options(0));

        Assert.True(onDemand.Counts.PairsScored < everyPair.Counts.PairsScored, $"{onDemand.Counts.PairsScored} of {everyPair.Counts.PairsScored} pairs scored");
        Assert.Equal(everyPair.Objective, onDemand.Objective);
        Assert.True(onDemand.Verification!.IsCertifiedOptimal);
        Assert.Contains(onDemand.Proposals, p => p.CandidateId == pin.CandidateId && p.VacancyId == pin.VacancyId && p.Pinned);
        Assert.DoesNotContain(onDemand.Proposals, p => p.CandidateId == excluded.CandidateId && p.VacancyId == excluded.VacancyId);
        Assert.All(onDemand.Proposals, p => Assert.True(p.Score.Value >= new BatchOptions().MinimumScore || p.Pinned));
    }

    [Fact]
    public void Cutting_to_the_top_pairs_per_candidate_never_beats_the_exact_run()
    {
        var exact = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        var cut = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions(MaxPairsPerCandidate: 3));
        Assert.True(cut.Objective <= exact.Objective);
        Assert.True(cut.Counts.EdgesSolved <= exact.Counts.EdgesSolved);
    }

    [Fact]
    public void Cutting_to_the_best_pairs_per_place_keeps_pins_and_never_beats_the_exact_run()
    {
        var exact = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        var pin = exact.Proposals[^1];
        var cut = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today,
            new BatchOptions(MaxPairsPerPlace: 2, Pins: [(pin.CandidateId, pin.VacancyId)]));

        Assert.True(cut.Counts.PairsCutByVacancy > 0, "nothing was cut");
        Assert.True(cut.Counts.EdgesSolved < exact.Counts.EdgesSolved);
        Assert.True(cut.Objective <= exact.Objective);
        Assert.True(cut.Verification!.IsCertifiedOptimal);
        Assert.Contains(cut.Proposals, p => p.CandidateId == pin.CandidateId && p.VacancyId == pin.VacancyId && p.Pinned);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Skipping_pairs_by_their_upper_bound_keeps_exactly_the_top_pairs_of_full_scoring(bool fitted)
    {
        const int K = 5;
        var scorer = fitted ? FittedScorer : Scorer;
        var cut = new BatchPipeline(scorer, EligibilityChecker.Default).Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions(MaxPairsPerCandidate: K));
        Assert.True(cut.Counts.ProfilesSkipped > 0, "nothing was skipped");

        // Reference: score every admissible pair, keep each candidate's best K, solve.
        var generator = new PairGenerator(Region.Vacancies, scorer, EligibilityChecker.Default, Make.Today);
        var minimum = ScoreScale.ToUnits(new BatchOptions().MinimumScore);
        var rows = new List<int>();
        var cols = new List<int>();
        var units = new List<long>();
        for (var i = 0; i < Region.Candidates.Count; i++)
        {
            var kept = generator.For(Region.Candidates[i], out _)
                .Select(k => (Vacancy: k, Units: ScoreScale.ToUnits(scorer.ScoreValue(Region.Candidates[i], Region.Vacancies[k], Make.Today))))
                .Where(p => p.Units >= minimum).OrderByDescending(p => p.Units).ThenBy(p => p.Vacancy).Take(K);
            foreach (var (v, u) in kept) { rows.Add(i); cols.Add(v); units.Add(u); }
        }
        var problem = AssignmentProblem.Create(Region.Candidates.Count, Region.Vacancies.Count, [.. rows], [.. cols], [.. units], ObjectiveSense.Maximize,
            assignAllRows: false, Region.Vacancies.Select(v => v.Places).ToArray(), []);
        Assert.Equal(rows.Count, cut.Counts.EdgesSolved);
        Assert.Equal(AssignmentSolver.Solve(problem).Objective, cut.Objective);
    }

    [Fact]
    public void The_exact_run_skips_profiles_below_the_minimum_yet_keeps_every_pair_that_reaches_it()
    {
        var exact = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        Assert.True(exact.Counts.ProfilesSkipped > 0, "nothing was skipped");

        var generator = new PairGenerator(Region.Vacancies, Scorer, EligibilityChecker.Default, Make.Today);
        var minimum = ScoreScale.ToUnits(new BatchOptions().MinimumScore);
        var reaching = Region.Candidates.Sum(c => generator.For(c, out _)
            .Count(k => ScoreScale.ToUnits(Scorer.ScoreValue(c, Region.Vacancies[k], Make.Today)) >= minimum));
        Assert.Equal(reaching, exact.Counts.PairsAboveMinimum);
        Assert.Equal(reaching, exact.Counts.EdgesSolved);
    }

    /// <summary>A score memo, started, for a prepared list of just <paramref name="vacancy"/> (its profile is 0).</summary>
    private static ScoreMemo MemoFor(Vacancy vacancy)
    {
        var memo = Scorer.Prepare([vacancy], Make.Today).NewMemo();
        memo.StartCandidate();
        return memo;
    }

    [Fact]
    public void The_upper_bound_is_never_below_the_score() =>
        FsCheck.Fluent.Prop.ForAll(Matcher.Tests.Scoring.PairGen.Arbitrary, p =>
        {
            var memo = MemoFor(p.Vacancy);
            return Scorer.UpperBound(p.Candidate, 0, memo) >= Scorer.ScoreValue(p.Candidate, p.Vacancy, Make.Today);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_bound_that_may_stop_short_of_the_occupation_part_is_still_never_below_the_score() =>
        FsCheck.Fluent.Prop.ForAll(Matcher.Tests.Scoring.PairGen.Arbitrary, FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, 100)), (p, percent) =>
        {
            var memo = MemoFor(p.Vacancy);
            var bound = Scorer.UpperBound(p.Candidate, 0, memo, percent / 100.0);
            // It stops short only below what is enough for the caller; at or above, it is the full bound.
            return bound >= Scorer.ScoreValue(p.Candidate, p.Vacancy, Make.Today) && (bound < percent / 100.0 || bound == Scorer.UpperBound(p.Candidate, 0, memo));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_profile_bound_holds_for_every_vacancy_of_the_profile() =>
        FsCheck.Fluent.Prop.ForAll(Matcher.Tests.Scoring.PairGen.Arbitrary, p =>
        {
            var variants = ProfileVariants(p.Vacancy);
            var prepared = Scorer.Prepare(variants, Make.Today);
            var memo = prepared.NewMemo();
            memo.StartCandidate();
            return variants.Select((x, k) => Scorer.UpperBound(p.Candidate, prepared.ProfileOf(k), memo) >= Scorer.ScoreValue(p.Candidate, x, Make.Today)).All(ok => ok);
        }).QuickCheckThrowOnFailure();

    /// <summary>
    /// Variants of <paramref name="v"/> that share its profile (occupation, training, level) but differ in everything
    /// else the bound takes from the whole profile: German, skills (none, some, others, one list each), pay, hours, shifts.
    /// </summary>
    private static List<Vacancy> ProfileVariants(Vacancy v)
    {
        var essentials = Make.Taxonomy.EssentialSkills(v.Occupation);
        return
        [
            v,
            v with { MinimumGerman = CefrLevel.A1, Pay = v.Pay with { AmountEur = v.Pay.AmountEur * 2 } },
            v with { MinimumGerman = CefrLevel.C1, WeeklyHours = 15, Shifts = !v.Shifts },
            v with { EssentialSkills = essentials.Take(1).ToList(), OptionalSkills = ["teamwork"] },
            v with { EssentialSkills = essentials.Skip(1).ToList(), OptionalSkills = ["teamwork", "reliability", "first-aid"] },
            v with { EssentialSkills = essentials.Where((_, i) => i % 2 == 0).ToList() },
            v with { EssentialSkills = [], OptionalSkills = [], Pay = v.Pay with { AmountEur = v.Pay.AmountEur / 2 } },
            v with { Kind = v.IsTraining ? (v.Kind == VacancyKind.Apprenticeship ? VacancyKind.Einstiegsqualifizierung : VacancyKind.Apprenticeship) : v.Kind },
        ];
    }

    /// <summary>Weights as a fit to outcomes gives them: none of 0, ½, 1 or 2, so every factor goes through a power.</summary>
    private static readonly PairScorer FittedScorer = new(Make.Taxonomy, new ScoringWeights(0.73, 1.1, 0.37, 1.37, 0.6, 1.21, 0.83, 1.7));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_pair_factors_with_the_exact_commute_factor_give_the_score_and_with_a_larger_one_never_less(bool fitted) =>
        FsCheck.Fluent.Prop.ForAll(Matcher.Tests.Scoring.PairGen.Arbitrary, FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, 100)), (p, percent) =>
        {
            var scorer = fitted ? FittedScorer : Scorer;
            var variants = ProfileVariants(p.Vacancy);
            var prepared = scorer.Prepare(variants, Make.Today);
            var memo = prepared.NewMemo();
            memo.StartCandidate();
            var steps = new CommuteFactorSteps(scorer);
            steps.Fill(p.Candidate);
            return variants.Select((x, k) =>
            {
                // The batch bounds only pairs that pass the knock-outs, after their profile's bound.
                if (!scorer.TryScoreValue(p.Candidate, x, Make.Today, out var score)) return true;
                var profileBound = scorer.UpperBound(p.Candidate, prepared.ProfileOf(k), memo);
                var distance = p.Candidate.Home.DistanceKmTo(x.Location);
                var factors = scorer.FactorsOf(p.Candidate, k, memo);
                return factors.With(scorer.CommuteFactor(p.Candidate, distance)) == score
                    && factors.With(steps.AtMost(distance * percent / 100)) >= score
                    && profileBound >= score
                    && scorer.ScoreValue(p.Candidate, k, distance, memo, factors) == score;
            }).All(ok => ok);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_profile_bound_times_the_commute_step_below_is_never_below_the_score() =>
        FsCheck.Fluent.Prop.ForAll(Matcher.Tests.Scoring.PairGen.Arbitrary, FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, 100)), (p, percent) =>
        {
            var memo = MemoFor(p.Vacancy);
            var steps = new CommuteFactorSteps(Scorer);
            steps.Fill(p.Candidate);
            // Any lower bound of the distance will do: the batch knows one before it knows the distance.
            var atLeast = p.Candidate.Home.DistanceKmTo(p.Vacancy.Location) * percent / 100;
            return Scorer.UpperBound(p.Candidate, 0, memo) * steps.AtMost(atLeast) >= Scorer.ScoreValue(p.Candidate, p.Vacancy, Make.Today);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Pins_stay_and_impossible_pins_are_dropped()
    {
        var exact = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        var first = exact.Proposals[0];
        // Pin the first proposal's candidate to another admissible vacancy, plus a pin that cannot hold.
        var generator = new PairGenerator(Region.Vacancies, Scorer, EligibilityChecker.Default, Make.Today);
        var candidate = Region.Candidates.Single(c => c.Id == first.CandidateId);
        var other = generator.For(candidate, out _).Select(k => Region.Vacancies[k].Id).First(id => id != first.VacancyId);
        var result = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today,
            new BatchOptions(Pins: [(candidate.Id, other), ("K-unknown", "S-000001")]));
        Assert.Contains(result.Proposals, p => p.CandidateId == candidate.Id && p.VacancyId == other && p.Pinned);
        Assert.Equal([("K-unknown", "S-000001")], result.DroppedPins);
        Assert.True(result.Verification!.IsCertifiedOptimal);
    }

    [Fact]
    public void Excluded_pairs_are_never_proposed()
    {
        var exact = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        var banned = exact.Proposals.Take(5).Select(p => (p.CandidateId, p.VacancyId)).ToList();
        var result = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions(Exclusions: banned));
        Assert.DoesNotContain(result.Proposals, p => banned.Contains((p.CandidateId, p.VacancyId)));
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions(), cancelled.Token));
    }
}
