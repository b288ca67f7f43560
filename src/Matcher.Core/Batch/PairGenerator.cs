using Matcher.Core.Eligibility;
using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Batch;

/// <summary>
/// Candidate generation for the batch: for one candidate, the vacancies that exhaustive scoring could admit.
/// Vacancies out of commuting reach are skipped through the grid; the rest pass the scorer's own knock-out
/// predicates (cheapest first) and then the legal gate. Because these are exactly the conditions under which
/// scoring returns a knock-out or eligibility says no, no admissible pair is lost (a test pins this).
/// </summary>
public sealed class PairGenerator
{
    private readonly IReadOnlyList<Vacancy> vacancies;
    private readonly VacancyGrid grid;
    private readonly bool[] payIllegal;
    private readonly PairScorer scorer;
    private readonly EligibilityChecker eligibility;
    private readonly DateOnly on;

    public PairGenerator(IReadOnlyList<Vacancy> vacancies, PairScorer scorer, EligibilityChecker eligibility, DateOnly on)
    {
        this.vacancies = vacancies;
        this.scorer = scorer;
        this.eligibility = eligibility;
        this.on = on;
        grid = new VacancyGrid(vacancies);
        payIllegal = vacancies.Select(v => PairScorer.PayBelowStatutoryMinimum(v, on)).ToArray();
    }

    /// <summary>Indexes of admissible vacancies for <paramref name="candidate"/>, ascending; <paramref name="looked"/> counts the vacancies examined.</summary>
    public List<int> For(Candidate candidate, out int looked)
    {
        var result = new List<int>();
        looked = 0;
        var reach = CommuteEstimator.MaxReachKm(candidate.Mobility) + 0.01;
        foreach (var k in grid.Near(candidate.Home, reach))
        {
            looked++;
            var v = vacancies[k];
            if (payIllegal[k]) continue;
            if (PairScorer.GermanGapTooLarge(candidate, v) || PairScorer.LacksDrivingLicence(candidate, v) || PairScorer.AvailableTooLate(candidate, v, on)) continue;
            if (candidate.Home.DistanceKmTo(v.Location) > reach) continue;
            if (2 * CommuteEstimator.Fastest(candidate, v).OneWayMinutes > candidate.Mobility.MaxDailyCommuteMinutes) continue;
            if (scorer.RegulatedWithoutRecognition(candidate, v)) continue;
            if (!eligibility.IsEligible(candidate.Residence, v, on)) continue;
            result.Add(k);
        }
        result.Sort();
        return result;
    }
}
