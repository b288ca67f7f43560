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
        var region = new RegionGenerator(Make.Taxonomy).Generate(RegionProfile.Burgenlandkreis, 400, 200, Make.Today, seed);
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
