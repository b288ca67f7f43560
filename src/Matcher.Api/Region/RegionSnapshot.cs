using System.Collections.Concurrent;
using System.Collections.Immutable;
using Matcher.Core.People;
using Matcher.Core.Shortlists;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Region;

/// <summary>
/// One consistent, immutable view of the stored candidates and vacancies, by id in ordinal order. A change makes a new
/// snapshot sharing almost everything with the old one (O(log n)); the flat lists readers iterate are built once per
/// snapshot, when first asked for, and the vacancy index for shortlists (<see cref="VacancyIndexFor"/>) once per set of
/// vacancies and date: a change to a candidate keeps it.
/// </summary>
public sealed class RegionSnapshot
{
    private readonly ImmutableSortedDictionary<string, StoredCandidate> candidates;
    private readonly ImmutableSortedDictionary<string, StoredVacancy> vacancies;
    private readonly Lazy<StoredCandidate[]> candidateList;
    private readonly Lazy<StoredVacancy[]> vacancyList;
    private readonly Lazy<Candidate[]> matchable;
    private readonly Lazy<Vacancy[]> allVacancies;
    private readonly ConcurrentDictionary<DateOnly, Lazy<VacancyIndex>> indexes;

    private RegionSnapshot(
        ImmutableSortedDictionary<string, StoredCandidate> candidates, ImmutableSortedDictionary<string, StoredVacancy> vacancies,
        ConcurrentDictionary<DateOnly, Lazy<VacancyIndex>>? indexes = null)
    {
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.indexes = indexes ?? new();
        candidateList = new(() => [.. candidates.Values]);
        vacancyList = new(() => [.. vacancies.Values]);
        matchable = new(() => [.. candidates.Values.Where(c => c.MayBeMatched).Select(c => c.Candidate)]);
        allVacancies = new(() => [.. vacancies.Values.Select(v => v.Vacancy)]);
    }

    public static RegionSnapshot Of(IEnumerable<StoredCandidate> candidates, IEnumerable<StoredVacancy> vacancies) => new(
        candidates.ToImmutableSortedDictionary(c => c.Candidate.Id, c => c, StringComparer.Ordinal),
        vacancies.ToImmutableSortedDictionary(v => v.Vacancy.Id, v => v, StringComparer.Ordinal));

    public IReadOnlyList<StoredCandidate> Candidates => candidateList.Value;

    public IReadOnlyList<StoredVacancy> Vacancies => vacancyList.Value;

    /// <summary>Candidates with a recorded consent: the only ones matched or shown to others.</summary>
    public IReadOnlyList<Candidate> MatchableCandidates => matchable.Value;

    public IReadOnlyList<Vacancy> AllVacancies => allVacancies.Value;

    public StoredCandidate? FindCandidate(string id) => candidates.GetValueOrDefault(id);

    public StoredVacancy? FindVacancy(string id) => vacancies.GetValueOrDefault(id);

    /// <summary>The vacancy index for <paramref name="on"/>, built with <paramref name="build"/> the first time it is asked for (one build at a time).</summary>
    public VacancyIndex VacancyIndexFor(DateOnly on, Func<IReadOnlyList<Vacancy>, DateOnly, VacancyIndex> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        // Keep only a few dates: "what if" questions for other days must not pile up indexes.
        if (indexes.Count > 4 && !indexes.ContainsKey(on)) indexes.Clear();
        return indexes.GetOrAdd(on, date => new Lazy<VacancyIndex>(() => build(AllVacancies, date))).Value;
    }

    /// <summary>This state with <paramref name="stored"/> added or replacing the candidate with its id.</summary>
    public RegionSnapshot With(StoredCandidate stored) => new(candidates.SetItem(stored.Candidate.Id, stored), vacancies, indexes);

    /// <summary>This state with <paramref name="stored"/> added or replacing the vacancy with its id.</summary>
    public RegionSnapshot With(StoredVacancy stored) => new(candidates, vacancies.SetItem(stored.Vacancy.Id, stored));

    public RegionSnapshot With(IEnumerable<StoredCandidate> stored) =>
        new(candidates.SetItems(stored.Select(c => KeyValuePair.Create(c.Candidate.Id, c))), vacancies, indexes);

    public RegionSnapshot With(IEnumerable<StoredVacancy> stored) => new(candidates, vacancies.SetItems(stored.Select(v => KeyValuePair.Create(v.Vacancy.Id, v))));

    public RegionSnapshot WithoutCandidate(string id) => new(candidates.Remove(id), vacancies, indexes);

    public RegionSnapshot WithoutVacancy(string id) => new(candidates, vacancies.Remove(id));
}
