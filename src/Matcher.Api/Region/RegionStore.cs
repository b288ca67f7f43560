using System.Collections.Frozen;
using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Region;

/// <summary>The demo region held in memory (persistence arrives with the service issue).</summary>
public sealed class RegionStore(Core.Generation.Region region)
{
    private readonly FrozenDictionary<string, Candidate> candidates = region.Candidates.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly FrozenDictionary<string, Vacancy> vacancies = region.Vacancies.ToFrozenDictionary(v => v.Id, StringComparer.Ordinal);

    public string Name => region.Name;

    public IReadOnlyList<Candidate> Candidates => region.Candidates;

    public IReadOnlyList<Vacancy> Vacancies => region.Vacancies;

    public Candidate? FindCandidate(string id) => candidates.GetValueOrDefault(id);

    public Vacancy? FindVacancy(string id) => vacancies.GetValueOrDefault(id);
}
