using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Candidates;
using Matcher.Api.Requests;
using Matcher.Api.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matcher.Api.Runs;

/// <summary>
/// Match runs: the operator starts one (<c>POST /match-runs</c>); everyone reads them, and their proposals and changes
/// within their scope (coaches their candidates', chambers their vacancies' with pseudonyms, the operator all).
/// </summary>
public static class MatchRunApi
{
    public static IEndpointRouteBuilder MapMatchRuns(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/match-runs").WithTags("Match runs");
        group.MapPost("/", Start).WithName("StartMatchRun").RequireAuthorization(p => p.RequireRole("admin"));
        group.MapGet("/", List).WithName("ListMatchRuns");
        group.MapGet("/{id:long}", Get).WithName("GetMatchRun");
        group.MapGet("/{id:long}/proposals", Proposals).WithName("GetMatchRunProposals");
        group.MapGet("/{id:long}/changes", Changes).WithName("GetMatchRunChanges");
        return app;
    }

    public static IResult Start(string? on, MatchRunner runner, Setup.RegionCalendar calendar, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string[]>();
        var asOf = QueryParameter.Date(on, "on", calendar.Today, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var start = runner.StartInBackground("api", Caller.From(user), asOf);
        if (start.StartedId is { } id)
            return TypedResults.Accepted($"/match-runs/{id}", new { id, status = "running", asOf });
        return TypedResults.Problem(
            title: "Es läuft schon ein Abgleich",
            detail: $"Lauf {start.RunningId} ist noch nicht fertig; bitte warten, bis er abgeschlossen ist.",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["runningId"] = start.RunningId });
    }

    public static Results<Ok<IReadOnlyList<MatchRun>>, ValidationProblem> List(string? limit, string? offset, MatchRunStore store)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 20, 200, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        return TypedResults.Ok(store.List(page.Limit, page.Offset));
    }

    public static Results<Ok<MatchRun>, ProblemHttpResult> Get(long id, MatchRunStore store) =>
        store.Find(id) is { } run ? TypedResults.Ok(run) : RequestProblem.NotFound("Abgleichslauf", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Results<Ok<Page<ProposalView>>, ProblemHttpResult, ValidationProblem> Proposals(
        long id, string? limit, string? offset, MatchRunStore store, ClaimsPrincipal user, Pseudonyms pseudonyms, Region.RegionStore region, AuditTrail audit)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 100, 1000, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        if (Completed(id, store) is { } problem) return problem;
        var caller = Caller.From(user);
        var all = Scoped(store, id, caller, region);
        var chamber = caller.Role == Role.Chamber;
        // A chamber's list is ordered by the score it sees, which leaves the commute out.
        if (chamber) all = [.. all.OrderByDescending(p => p.ScoreForChamber).ThenBy(p => pseudonyms.Of(p.CandidateId), StringComparer.Ordinal)];
        var items = page.Apply(all).Select(p =>
        {
            // Chambers learn what the employer must act on (from when, permit, consent), as in shortlists; never the title.
            var legal = p.EmployerView;
            return new ProposalView(chamber ? pseudonyms.Of(p.CandidateId) : p.CandidateId, p.VacancyId, chamber ? p.ScoreForChamber : p.Score, p.Pinned, p.Verdict, legal.PermittedFrom,
                legal.PermitRequired, legal.BaConsentRequired, chamber ? legal.Text : Explanations.GermanExplanation.Verdict(legal.Verdict, legal.PermittedFrom, legal.PermitRequired, legal.BaConsentRequired),
                chamber ? p.ExplanationForChamber : p.Explanation);
        }).ToList();
        // Coaches and the operator see the people's legal details: a read of personal data, audited like a shortlist.
        if (!chamber) audit.View(caller, "match-run.proposals", "match-run", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "candidates " + string.Join(',', page.Apply(all).Select(p => p.CandidateId)));
        return TypedResults.Ok(new Page<ProposalView>(all.Count, page.Offset, items));
    }

    /// <summary>New, dropped and changed proposals against the previous completed run: what coaches must act on.</summary>
    public static Results<Ok<RunChanges>, ProblemHttpResult> Changes(
        long id, MatchRunStore store, ClaimsPrincipal user, Pseudonyms pseudonyms, Region.RegionStore region, AuditTrail audit)
    {
        if (Completed(id, store) is { } problem) return problem;
        var caller = Caller.From(user);
        var previousId = store.PreviousCompleted(id);
        var now = Scoped(store, id, caller, region).ToDictionary(p => p.CandidateId, StringComparer.Ordinal);
        var before = previousId is { } p ? Scoped(store, p, caller, region).ToDictionary(q => q.CandidateId, StringComparer.Ordinal) : [];
        if (caller.Role != Role.Chamber)
            audit.View(caller, "match-run.changes", "match-run", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
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
        return TypedResults.Ok(new RunChanges(id, previousId, [.. changes.OrderBy(c => c.Change, StringComparer.Ordinal).ThenBy(c => c.CandidateId, StringComparer.Ordinal)]));
    }

    /// <summary>
    /// A chamber sees the proposals for its vacancies, a coach those of its candidates. For changes a chamber thus also
    /// sees a proposal leave its vacancy ("dropped" there) when the candidate moved to another chamber's vacancy. A person
    /// who withdrew consent since the run is gone from every chamber's view at once.
    /// </summary>
    private static IReadOnlyList<StoredProposal> Scoped(MatchRunStore store, long runId, Caller caller, Region.RegionStore region) => caller.Role switch
    {
        Role.Coach => store.Proposals(runId, caller.OrganisationId, null),
        Role.Chamber => [.. store.Proposals(runId, null, caller.OrganisationId).Where(p => region.Current.FindCandidate(p.CandidateId) is { MayBeMatched: true })],
        _ => store.Proposals(runId, null, null),
    };

    private static ProblemHttpResult? Completed(long id, MatchRunStore store) => store.Find(id) switch
    {
        null => RequestProblem.NotFound("Abgleichslauf", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        { Status: "completed" } => null,
        var run => TypedResults.Problem(
            title: "Lauf nicht abgeschlossen",
            detail: $"Lauf {id} hat den Status '{run.Status}' und keine Vorschläge.",
            statusCode: StatusCodes.Status409Conflict),
    };
}
