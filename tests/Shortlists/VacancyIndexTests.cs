using Matcher.Core.Eligibility;
using Matcher.Core.Generation;
using Matcher.Core.Scoring;
using Matcher.Core.Shortlists;
using Xunit;

namespace Matcher.Tests.Shortlists;

public class VacancyIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(80)]
    public void A_candidates_shortlist_from_the_index_is_the_exhaustive_shortlist(int k)
    {
        var scorer = new PairScorer(Make.Taxonomy, ScoringWeights.Default);
        var builder = new ShortlistBuilder(scorer, EligibilityChecker.Default);
        var region = new RegionGenerator(Make.Taxonomy, Make.CommonOccupations).Generate(RegionProfile.Burgenlandkreis, 250, 300, Make.Today, 17);
        var index = new VacancyIndex(region.Vacancies, Make.Today, scorer, EligibilityChecker.Default);
        var nonEmpty = 0;
        foreach (var candidate in region.Candidates)
        {
            var exhaustive = builder.ForCandidate(candidate, region.Vacancies, k, Make.Today);
            var indexed = index.ForCandidate(candidate, k);
            Assert.Equal(exhaustive.Select(e => (e.VacancyId, e.Score.Value)), indexed.Select(e => (e.VacancyId, e.Score.Value)));
            if (exhaustive.Count > 0) nonEmpty++;
        }
        Assert.True(nonEmpty > 150, $"only {nonEmpty} candidates with a shortlist");
    }
}
