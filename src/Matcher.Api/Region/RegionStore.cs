using Matcher.Api.Storage;
using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Region;

/// <summary>
/// The region as stored, held in memory as an immutable snapshot for fast shortlists; writers call
/// <see cref="Invalidate"/> after they commit, and the next reader loads a fresh snapshot.
/// </summary>
public sealed class RegionStore(RegionRepository repository, string name)
{
    private readonly Lock loading = new();
    private volatile RegionSnapshot? current;

    public string Name => name;

    public RegionSnapshot Current
    {
        get
        {
            if (current is { } snapshot) return snapshot;
            lock (loading)
            {
                if (current is { } loaded) return loaded;
                var (candidates, vacancies) = repository.LoadAll();
                return current = new RegionSnapshot(candidates, vacancies);
            }
        }
    }

    public void Invalidate() => current = null;
}

/// <summary>One consistent view of the stored candidates and vacancies.</summary>
public sealed class RegionSnapshot
{
    private readonly Dictionary<string, StoredCandidate> candidatesById;
    private readonly Dictionary<string, StoredVacancy> vacanciesById;

    public RegionSnapshot(IReadOnlyList<StoredCandidate> candidates, IReadOnlyList<StoredVacancy> vacancies)
    {
        Candidates = candidates;
        Vacancies = vacancies;
        candidatesById = candidates.ToDictionary(c => c.Candidate.Id, StringComparer.Ordinal);
        vacanciesById = vacancies.ToDictionary(v => v.Vacancy.Id, StringComparer.Ordinal);
        MatchableCandidates = [.. candidates.Where(c => c.MayBeMatched).Select(c => c.Candidate)];
        AllVacancies = [.. vacancies.Select(v => v.Vacancy)];
    }

    public IReadOnlyList<StoredCandidate> Candidates { get; }

    public IReadOnlyList<StoredVacancy> Vacancies { get; }

    /// <summary>Candidates with a recorded consent: the only ones matched or shown to others.</summary>
    public IReadOnlyList<Candidate> MatchableCandidates { get; }

    public IReadOnlyList<Vacancy> AllVacancies { get; }

    public StoredCandidate? FindCandidate(string id) => candidatesById.GetValueOrDefault(id);

    public StoredVacancy? FindVacancy(string id) => vacanciesById.GetValueOrDefault(id);
}
