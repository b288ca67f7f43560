using Matcher.Core.Assignment;
using Matcher.Core.Batch;
using Matcher.Core.Eligibility;
using Matcher.Core.Generation;
using Matcher.Core.Scoring;
using Xunit;

namespace Matcher.Tests.Batch;

public class BatchPipelineTests
{
    private static readonly PairScorer Scorer = new(Make.Taxonomy, ScoringWeights.Default);
    private static readonly BatchPipeline Pipeline = new(Scorer, EligibilityChecker.Default);
    private static readonly Region Region = new RegionGenerator(Make.Taxonomy).Generate(RegionProfile.Burgenlandkreis, 300, 150, Make.Today, 11);

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
        Assert.All(result.Proposals, p => Assert.True(p.Score.Value >= 0.35 && p.Eligibility.IsEligible && !p.Score.IsKnockedOut));
        Assert.Equal(result.Proposals.Sum(p => ScoreScale.ToUnits(p.Score.Value)), result.Objective);
        Assert.Equal(["index", "generate+score", "build", "solve", "verify", "explain"], result.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void Runs_are_deterministic()
    {
        var a = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions());
        var b = Pipeline.Run(Region.Candidates, Region.Vacancies, Make.Today, new BatchOptions(MaxDegreeOfParallelism: 1));
        Assert.Equal(a.Proposals.Select(p => (p.CandidateId, p.VacancyId)), b.Proposals.Select(p => (p.CandidateId, p.VacancyId)));
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
