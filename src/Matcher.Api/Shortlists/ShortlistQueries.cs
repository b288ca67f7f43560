using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Core.Shortlists;

namespace Matcher.Api.Shortlists;

/// <summary>
/// Shortlists as a caller may see them, audited, for the API and the web pages alike: a person's best vacancies (their
/// coach, the operator), a vacancy's best people (coaches rank their own people; chambers see all who consented, as
/// pseudonyms and with what an employer must know).
/// </summary>
public sealed class ShortlistQueries(RegionStore region, VacancyIndexFactory indexes, ShortlistBuilder shortlists, GermanExplanation explain, Pseudonyms pseudonyms, AuditTrail audit)
{
    /// <summary>The person's best <paramref name="k"/> vacancies on <paramref name="on"/>; null when the person is not there for the caller.</summary>
    public ShortlistResponse? ForCandidate(Caller caller, string id, int k, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var snapshot = region.Current;
        if (snapshot.FindCandidate(id) is not { } stored || !caller.MaySee(stored)) return null;
        if (!stored.MayBeMatched) return new ShortlistResponse("candidate", id, on, k, [], ConsentMissing: true);
        audit.View(caller, "candidate.shortlist", "candidate", id);
        var entries = snapshot.VacancyIndexFor(on, indexes.Build).ForCandidate(stored.Candidate, k);
        return new ShortlistResponse("candidate", id, on, k, ShortlistApi.ToItems(entries, snapshot, explain, null));
    }

    /// <summary>The vacancy's best <paramref name="k"/> people on <paramref name="on"/>; null when the vacancy is not there for the caller.</summary>
    public ShortlistResponse? ForVacancy(Caller caller, string id, int k, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var snapshot = region.Current;
        if (snapshot.FindVacancy(id) is not { } stored || !caller.MaySee(stored)) return null;
        var pool = caller.Role == Role.Coach
            ? snapshot.Candidates.Where(c => c.MayBeMatched && caller.MaySee(c)).Select(c => c.Candidate).ToList()
            : snapshot.MatchableCandidates;
        var entries = shortlists.ForVacancy(stored.Vacancy, pool, k, on);
        audit.View(caller, "vacancy.shortlist", "vacancy", id, "candidates " + string.Join(',', entries.Select(e => e.CandidateId)));
        return new ShortlistResponse("vacancy", id, on, k, ShortlistApi.ToItems(entries, snapshot, explain, caller.Role == Role.Chamber ? pseudonyms : null));
    }
}
