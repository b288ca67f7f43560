using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Candidates;
using Matcher.Api.Explanations;
using Matcher.Api.Region;

namespace Matcher.Api.Runs;

/// <summary>
/// A completed run's proposals and changes as a caller may see them, audited, for the API and the web pages alike: a
/// coach sees their people's, a chamber its vacancies' (pseudonyms, its own score, what the employer must know, no one
/// who withdrew consent), the operator all.
/// </summary>
public sealed class RunQueries(MatchRunStore store, RegionStore region, Pseudonyms pseudonyms, AuditTrail audit)
{
    /// <summary>The newest completed run, if any.</summary>
    public long? LatestCompleted() => store.LatestCompleted();

    /// <summary>One page of the run's proposals in the caller's scope, and how many there are.</summary>
    public Page<ProposalView> Proposals(Caller caller, long runId, int limit, int offset)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var all = Scoped(runId, caller);
        var chamber = caller.Role == Role.Chamber;
        // A chamber's list is ordered by the score it sees, which leaves the commute out.
        if (chamber) all = [.. all.OrderByDescending(p => p.ScoreForChamber).ThenBy(p => pseudonyms.Of(p.CandidateId), StringComparer.Ordinal)];
        var page = all.Skip(offset).Take(limit).ToList();
        var items = page.Select(p =>
        {
            // Chambers learn what the employer must act on (from when, permit, consent), as in shortlists; never the title.
            var legal = p.EmployerView;
            return new ProposalView(chamber ? pseudonyms.Of(p.CandidateId) : p.CandidateId, p.VacancyId, chamber ? p.ScoreForChamber : p.Score, p.Pinned, p.Verdict,
                legal.PermittedFrom, legal.PermitRequired, legal.BaConsentRequired,
                chamber ? legal.Text : GermanExplanation.Verdict(legal.Verdict, legal.PermittedFrom, legal.PermitRequired, legal.BaConsentRequired),
                chamber ? p.ExplanationForChamber : p.Explanation);
        }).ToList();
        // Coaches and the operator see the people's legal details: a read of personal data, audited like a shortlist.
        if (!chamber) audit.View(caller, "match-run.proposals", "match-run", runId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "candidates " + string.Join(',', page.Select(p => p.CandidateId)));
        return new Page<ProposalView>(all.Count, offset, items);
    }

    /// <summary>New, dropped and changed proposals against the previous completed run, in the caller's scope.</summary>
    public RunChanges Changes(Caller caller, long runId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var previousId = store.PreviousCompleted(runId);
        var now = Scoped(runId, caller).ToDictionary(p => p.CandidateId, StringComparer.Ordinal);
        var before = previousId is { } p ? Scoped(p, caller).ToDictionary(q => q.CandidateId, StringComparer.Ordinal) : [];
        if (caller.Role != Role.Chamber)
            audit.View(caller, "match-run.changes", "match-run", runId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "candidates " + string.Join(',', now.Keys.Union(before.Keys, StringComparer.Ordinal)));
        string Show(string candidate) => caller.Role == Role.Chamber ? pseudonyms.Of(candidate) : candidate;
        double Seen(StoredProposal proposal) => caller.Role == Role.Chamber ? proposal.ScoreForChamber : proposal.Score;
        var changes = new List<ProposalChange>();
        foreach (var (candidate, proposal) in now)
        {
            if (!before.TryGetValue(candidate, out var old)) changes.Add(new ProposalChange("new", Show(candidate), null, proposal.VacancyId, null, Seen(proposal)));
            else if (old.VacancyId != proposal.VacancyId)
                changes.Add(new ProposalChange("changed", Show(candidate), old.VacancyId, proposal.VacancyId, Seen(old), Seen(proposal)));
        }
        foreach (var (candidate, old) in before)
            if (!now.ContainsKey(candidate)) changes.Add(new ProposalChange("dropped", Show(candidate), old.VacancyId, null, Seen(old), null));
        return new RunChanges(runId, previousId, [.. changes.OrderBy(c => c.Change, StringComparer.Ordinal).ThenBy(c => c.CandidateId, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// A chamber sees the proposals for its vacancies, a coach those of its candidates. For changes a chamber thus also
    /// sees a proposal leave its vacancy ("dropped" there) when the candidate moved to another chamber's vacancy. A person
    /// who withdrew consent since the run is gone from every chamber's view at once.
    /// </summary>
    private IReadOnlyList<StoredProposal> Scoped(long runId, Caller caller) => caller.Role switch
    {
        Role.Coach => store.Proposals(runId, caller.OrganisationId, null),
        Role.Chamber => [.. store.Proposals(runId, null, caller.OrganisationId).Where(p => region.Current.FindCandidate(p.CandidateId) is { MayBeMatched: true })],
        _ => store.Proposals(runId, null, null),
    };
}
