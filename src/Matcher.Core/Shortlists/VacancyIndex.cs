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
        idOrder = new int[vacancies.Count];
        var byId = Enumerable.Range(0, vacancies.Count).ToArray();
        Array.Sort(byId, (a, b) => string.CompareOrdinal(vacancies[a].Id, vacancies[b].Id));
        for (var rank = 0; rank < byId.Length; rank++) idOrder[byId[rank]] = rank;
    }

    /// <summary>Each vacancy's place among all vacancies ordered by id: ties in score break on it without comparing strings.</summary>
    private readonly int[] idOrder;

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
        (int Vacancy, (double Value, int IdOrder) Rank)[] scored;
        try
        {
            generator.Collect(candidate, workspace);
            scored = new (int, (double, int))[workspace.Admissible.Count];
            var n = 0;
            foreach (var (vacancy, _) in workspace.Admissible)
                scored[n++] = (vacancy, (Scorer.ScoreValue(candidate, vacancy, workspace.DistanceKm(vacancy), workspace.Memo), idOrder[vacancy]));
        }
        finally
        {
            workspaces.Add(workspace);
        }
        // Only the best few of a state's reachable vacancies are ever looked at again, so they are selected, not all
        // sorted. A vacancy the full check turns down makes room for the next; in the rare case that too many are
        // turned down, a wider selection is made.
        for (var take = k + SelectionMargin; ; take *= 4)
        {
            var top = new List<ShortlistEntry>(k);
            var best = Best(scored, take);
            foreach (var vacancyAt in best)
            {
                if (builder.Evaluate(candidate, Vacancies[vacancyAt], On) is { } entry) top.Add(entry);
                if (top.Count == k) return top;
            }
            if (best.Length == scored.Length) return top;
        }
    }

    /// <summary>Vacancies beyond the <c>k</c> best that are selected in case the full check turns some down.</summary>
    private const int SelectionMargin = 8;

    /// <summary>The best <paramref name="count"/> of <paramref name="scored"/>, best first.</summary>
    private static int[] Best((int Vacancy, (double Value, int IdOrder) Rank)[] scored, int count)
    {
        var kept = new PriorityQueue<int, (double Value, int IdOrder)>(Math.Min(count, scored.Length) + 1, WorstFirst.Instance);
        foreach (var (vacancy, rank) in scored)
        {
            if (kept.Count < count) kept.Enqueue(vacancy, rank);
            else if (kept.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(rank, worst) > 0) kept.EnqueueDequeue(vacancy, rank);
        }
        var best = new int[kept.Count];
        for (var i = best.Length - 1; i >= 0; i--) best[i] = kept.Dequeue();
        return best;
    }

    /// <summary>
    /// Lower score first; equal scores by vacancy id, descending: the reverse of the exhaustive shortlist's order (higher
    /// score, then id ordinal), so that a heap's root is the worst vacancy kept.
    /// </summary>
    private sealed class WorstFirst : IComparer<(double Value, int IdOrder)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Value, int IdOrder) x, (double Value, int IdOrder) y)
        {
            var byScore = x.Value.CompareTo(y.Value);
            return byScore != 0 ? byScore : y.IdOrder.CompareTo(x.IdOrder);
        }
    }
}
