using Matcher.Core.Batch;
using Matcher.Core.Eligibility;
using Matcher.Core.Generation;
using Matcher.Core.Scoring;
using Xunit;

namespace Matcher.Tests.Batch;

public class PairGeneratorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Loses_no_pair_that_exhaustive_scoring_admits(int seed)
    {
        // A district-like region (a fifth of the district's size keeps the exhaustive check quick).
        var region = new RegionGenerator(Make.Taxonomy, Make.CommonOccupations).Generate(RegionProfile.Burgenlandkreis, 400, 200, Make.Today, seed);
        var scorer = new PairScorer(Make.Taxonomy, ScoringWeights.Default);
        var eligibility = EligibilityChecker.Default;
        var generator = new PairGenerator(region.Vacancies, scorer, eligibility, Make.Today);
        long admitted = 0;
        foreach (var candidate in region.Candidates)
        {
            var exhaustive = Enumerable.Range(0, region.Vacancies.Count)
                .Where(k => eligibility.Check(candidate.Residence, region.Vacancies[k], Make.Today).IsEligible
                            && !scorer.Score(candidate, region.Vacancies[k], Make.Today).IsKnockedOut)
                .ToList();
            var generated = generator.For(candidate, out _);
            Assert.Equal(exhaustive, generated);
            admitted += generated.Count;
        }
        Assert.True(admitted > 1000, $"only {admitted} admitted pairs: the check would be too weak");
    }

    [Fact]
    public void Memoised_scores_of_generated_pairs_equal_the_explained_scores()
    {
        var region = new RegionGenerator(Make.Taxonomy, Make.CommonOccupations).Generate(RegionProfile.Burgenlandkreis, 300, 150, Make.Today, 5);
        var scorer = new PairScorer(Make.Taxonomy, ScoringWeights.Default);
        var generator = new PairGenerator(region.Vacancies, scorer, EligibilityChecker.Default, Make.Today);
        var workspace = generator.NewWorkspace();
        var compared = 0;
        foreach (var candidate in region.Candidates)
        {
            generator.Collect(candidate, workspace);
            foreach (var (k, atLeast) in workspace.Admissible)
            {
                var distance = workspace.DistanceKm(k);
                Assert.Equal(candidate.Home.DistanceKmTo(region.Vacancies[k].Location), distance);
                Assert.True(atLeast <= distance, $"lower bound {atLeast} above the distance {distance}");
                var memoised = scorer.ScoreValue(candidate, k, distance, workspace.Memo);
                Assert.Equal(scorer.Score(candidate, region.Vacancies[k], Make.Today).Value, memoised);
                compared++;
            }
        }
        Assert.True(compared > 1000, $"only {compared} pairs compared");
        Assert.True(generator.Prepared.ProfileCount < region.Vacancies.Count, "profiles should be shared by vacancies");
    }

    [Fact]
    public void A_shared_profile_still_scores_each_vacancys_own_skills()
    {
        var plain = Make.Vacancy("S-1");
        var ownSkills = plain with { Id = "S-2", EssentialSkills = ["forklift-licence"] };
        var training = plain with { Id = "S-3", Kind = Matcher.Core.Vacancies.VacancyKind.Apprenticeship };
        var scorer = new PairScorer(Make.Taxonomy, ScoringWeights.Default);
        var prepared = scorer.Prepare([plain, ownSkills, training], Make.Today);
        Assert.Equal(2, prepared.ProfileCount);
        Assert.Equal(prepared.ProfileOf(0), prepared.ProfileOf(1));
        Assert.NotEqual(prepared.ProfileOf(0), prepared.ProfileOf(2));

        var candidate = Make.Candidate() with { Skills = new HashSet<string> { "forklift-licence" } };
        Assert.NotEqual(scorer.ScoreValue(candidate, plain, Make.Today), scorer.ScoreValue(candidate, ownSkills, Make.Today));
        var memo = prepared.NewMemo();
        memo.StartCandidate();
        for (var k = 0; k < 3; k++)
        {
            var v = prepared.Vacancies[k];
            Assert.Equal(scorer.ScoreValue(candidate, v, Make.Today), scorer.ScoreValue(candidate, k, candidate.Home.DistanceKmTo(v.Location), memo));
        }
    }

    [Fact]
    public void Maximum_reach_is_an_upper_bound_of_the_commute_estimate()
    {
        var candidate = Make.Candidate() with { Mobility = new Matcher.Core.People.Mobility(Matcher.Core.People.CommuteModes.PublicTransport, 90, false) };
        var reach = CommuteEstimator.MaxReachKm(candidate.Mobility);
        var inside = Make.Vacancy() with { Location = new Matcher.Core.GeoPoint(candidate.Home.Latitude + (reach - 0.05) / 111.0, candidate.Home.Longitude) };
        var outside = Make.Vacancy() with { Location = new Matcher.Core.GeoPoint(candidate.Home.Latitude + (reach + 0.5) / 111.0, candidate.Home.Longitude) };
        Assert.True(CommuteEstimator.Estimate(candidate, inside).DailyMinutes <= 90);
        Assert.True(CommuteEstimator.Estimate(candidate, outside).DailyMinutes > 90);
    }
}
