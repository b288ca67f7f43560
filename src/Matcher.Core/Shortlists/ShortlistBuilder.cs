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
        var entries = new List<ShortlistEntry>();
        foreach (var vacancy in vacancies)
            if (Evaluate(candidate, vacancy, on) is { } entry) entries.Add(entry);
        return Top(entries, k, e => e.VacancyId);
    }

    /// <summary>The best <paramref name="k"/> candidates for <paramref name="vacancy"/> on <paramref name="on"/>.</summary>
    public IReadOnlyList<ShortlistEntry> ForVacancy(Vacancy vacancy, IEnumerable<Candidate> candidates, int k, DateOnly on)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var entries = new List<ShortlistEntry>();
        foreach (var candidate in candidates)
            if (Evaluate(candidate, vacancy, on) is { } entry) entries.Add(entry);
        return Top(entries, k, e => e.CandidateId);
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

    private static List<ShortlistEntry> Top(List<ShortlistEntry> entries, int k, Func<ShortlistEntry, string> tieBreak)
    {
        entries.Sort((a, b) =>
        {
            var byScore = b.Score.Value.CompareTo(a.Score.Value);
            return byScore != 0 ? byScore : string.CompareOrdinal(tieBreak(a), tieBreak(b));
        });
        if (entries.Count > k) entries.RemoveRange(k, entries.Count - k);
        return entries;
    }
}
