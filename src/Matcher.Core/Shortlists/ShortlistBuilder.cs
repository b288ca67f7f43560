using Matcher.Core.Eligibility;
using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Shortlists;

/// <summary>
/// Top-k lists for a coach or a chamber: only pairs that are legally eligible and not knocked out,
/// best score first, ties broken by id (ordinal) so that the same input always gives the same list.
/// </summary>
public sealed class ShortlistBuilder(PairScorer scorer, EligibilityChecker eligibility)
{
    /// <summary>The best <paramref name="k"/> vacancies for <paramref name="candidate"/> on <paramref name="on"/>.</summary>
    public IReadOnlyList<ShortlistEntry> ForCandidate(Candidate candidate, IEnumerable<Vacancy> vacancies, int k, DateOnly on)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentNullException.ThrowIfNull(vacancies);
        return Explain(vacancies.Select(v => (candidate, v)), k, on, e => e.Vacancy.Id);
    }

    /// <summary>The best <paramref name="k"/> candidates for <paramref name="vacancy"/> on <paramref name="on"/>.</summary>
    public IReadOnlyList<ShortlistEntry> ForVacancy(Vacancy vacancy, IEnumerable<Candidate> candidates, int k, DateOnly on)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentNullException.ThrowIfNull(candidates);
        return Explain(candidates.Select(c => (c, vacancy)), k, on, e => e.Candidate.Id);
    }

    /// <summary>
    /// Ranks all pairs by their score value (no explanation built), then explains only the best <paramref name="k"/>:
    /// the same list as explaining every pair, since the value is <c>Score(...).Value</c> to the last bit.
    /// </summary>
    private List<ShortlistEntry> Explain(IEnumerable<(Candidate Candidate, Vacancy Vacancy)> pairs, int k, DateOnly on, Func<Ranked, string> tieBreak)
    {
        var ranked = new List<Ranked>();
        foreach (var (candidate, vacancy) in pairs)
        {
            var legal = eligibility.Check(candidate.Residence, vacancy, on);
            if (legal.IsEligible && scorer.TryScoreValue(candidate, vacancy, on, out var value)) ranked.Add(new Ranked(candidate, vacancy, legal, value));
        }
        ranked.Sort((a, b) =>
        {
            var byScore = b.Value.CompareTo(a.Value);
            return byScore != 0 ? byScore : string.CompareOrdinal(tieBreak(a), tieBreak(b));
        });
        var top = new List<ShortlistEntry>(Math.Min(k, ranked.Count));
        for (var i = 0; i < ranked.Count && top.Count < k; i++)
        {
            var (candidate, vacancy, legal, _) = ranked[i];
            top.Add(new ShortlistEntry(candidate.Id, vacancy.Id, scorer.Score(candidate, vacancy, on), legal));
        }
        return top;
    }

    private readonly record struct Ranked(Candidate Candidate, Vacancy Vacancy, EligibilityOutcome Legal, double Value);

    /// <summary>How far ahead <see cref="Review"/> looks for the day a pair becomes possible.</summary>
    public const int ReviewHorizonDays = 730;

    /// <summary>
    /// The whole story of one pair on <paramref name="on"/>: score, knock-outs, legal answer, its rank among the person's
    /// possible vacancies of <paramref name="vacancies"/>, whether it falls below <paramref name="minimumScore"/>, and the first
    /// day (within <see cref="ReviewHorizonDays"/>) on which it is possible.
    /// </summary>
    public PairReview Review(Candidate candidate, Vacancy vacancy, IEnumerable<Vacancy> vacancies, DateOnly on, double minimumScore)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(vacancy);
        ArgumentNullException.ThrowIfNull(vacancies);
        var score = scorer.Score(candidate, vacancy, on);
        var legal = eligibility.Check(candidate.Residence, vacancy, on);
        int? rank = null;
        var possible = 0;
        if (legal.IsEligible && !score.IsKnockedOut)
        {
            var better = 0;
            foreach (var other in vacancies)
            {
                if (!eligibility.IsEligible(candidate.Residence, other, on) || !scorer.TryScoreValue(candidate, other, on, out var value)) continue;
                possible++;
                if (other.Id == vacancy.Id) continue;
                if (value > score.Value || (value == score.Value && string.CompareOrdinal(other.Id, vacancy.Id) < 0)) better++;
            }
            rank = better + 1;
        }
        else
        {
            foreach (var other in vacancies)
                if (eligibility.IsEligible(candidate.Residence, other, on) && scorer.TryScoreValue(candidate, other, on, out _)) possible++;
        }
        return new PairReview(candidate.Id, vacancy.Id, on, score, legal, rank, possible, score.Value < minimumScore, PossibleFrom(candidate, vacancy, on));
    }

    /// <summary>The first day from <paramref name="on"/> on which the pair is eligible and not knocked out, or null within the horizon.</summary>
    private DateOnly? PossibleFrom(Candidate candidate, Vacancy vacancy, DateOnly on)
    {
        for (var day = on; day <= on.AddDays(ReviewHorizonDays); day = day.AddDays(1))
            if (eligibility.IsEligible(candidate.Residence, vacancy, day) && scorer.TryScoreValue(candidate, vacancy, day, out _)) return day;
        return null;
    }

    /// <summary>The entry for one pair, or null when it is not eligible or knocked out.</summary>
    public ShortlistEntry? Evaluate(Candidate candidate, Vacancy vacancy, DateOnly on)
    {
        // The legal gate first: it is cheaper than scoring and removes pairs that may never be shown.
        var legal = eligibility.Check(candidate.Residence, vacancy, on);
        if (!legal.IsEligible) return null;
        var score = scorer.Score(candidate, vacancy, on);
        return score.IsKnockedOut ? null : new ShortlistEntry(candidate.Id, vacancy.Id, score, legal);
    }
}
