using Matcher.Core.Batch;
using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Shortlists;

/// <summary>
/// Vacancies made ready for many shortlists on one date: the batch's candidate generation (a spatial grid, the knock-outs
/// and the legal gate per vacancy class) and its prepared, memoised scoring, with scratch space per thread. A candidate's
/// shortlist then looks only at vacancies within commuting reach instead of every vacancy of the region, and ranks
/// exactly as <see cref="ShortlistBuilder.ForCandidate"/> does (a test pins that). Build one per set of vacancies and
/// date; it is immutable apart from a pool of scratch spaces, and safe to share between threads.
/// </summary>
public sealed class VacancyIndex
{
    private readonly PairGenerator generator;
    private readonly ShortlistBuilder builder;
    private readonly System.Collections.Concurrent.ConcurrentBag<PairGenerator.Workspace> workspaces = [];

    public VacancyIndex(IReadOnlyList<Vacancy> vacancies, DateOnly on, Scoring.PairScorer scorer, Eligibility.EligibilityChecker eligibility)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        Vacancies = vacancies;
        On = on;
        generator = new PairGenerator(vacancies, scorer, eligibility, on);
        builder = new ShortlistBuilder(scorer, eligibility);
        Scorer = scorer;
    }

    public IReadOnlyList<Vacancy> Vacancies { get; }

    /// <summary>The date the index judges eligibility, pay floors and start dates for.</summary>
    public DateOnly On { get; }

    private Scoring.PairScorer Scorer { get; }

    /// <summary>The best <paramref name="k"/> vacancies for <paramref name="candidate"/>: the same list as <see cref="ShortlistBuilder.ForCandidate"/>.</summary>
    public IReadOnlyList<ShortlistEntry> ForCandidate(Candidate candidate, int k)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (!workspaces.TryTake(out var workspace)) workspace = generator.NewWorkspace();
        var ranked = new List<(int Vacancy, double Value)>();
        try
        {
            generator.Collect(candidate, workspace);
            foreach (var (vacancy, distance) in workspace.Admissible)
                ranked.Add((vacancy, Scorer.ScoreValue(candidate, vacancy, distance, workspace.Memo)));
        }
        finally
        {
            workspaces.Add(workspace);
        }
        ranked.Sort((a, b) =>
        {
            var byScore = b.Value.CompareTo(a.Value);
            return byScore != 0 ? byScore : string.CompareOrdinal(Vacancies[a.Vacancy].Id, Vacancies[b.Vacancy].Id);
        });
        var top = new List<ShortlistEntry>(Math.Min(k, ranked.Count));
        for (var i = 0; i < ranked.Count && top.Count < k; i++)
            if (builder.Evaluate(candidate, Vacancies[ranked[i].Vacancy], On) is { } entry) top.Add(entry);
        return top;
    }
}
