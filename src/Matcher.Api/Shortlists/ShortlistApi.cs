using Matcher.Api.Requests;
using Matcher.Api.Explanations;
using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Setup;
using Matcher.Core.Eligibility;
using Matcher.Core.Shortlists;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Shortlists;

/// <summary>Top-k lists with explanations: vacancies for a candidate, candidates for a vacancy.</summary>
public static class ShortlistApi
{
    public const int DefaultK = 10;
    public const int MaxK = 50;

    public static IEndpointRouteBuilder MapShortlists(this IEndpointRouteBuilder app)
    {
        app.MapGet("/candidates/{id}/shortlist", ForCandidate).WithTags("Shortlists").WithName("GetCandidateShortlist")
            .RequireAuthorization(p => p.RequireRole("coach", "admin"));
        app.MapGet("/vacancies/{id}/shortlist", ForVacancy).WithTags("Shortlists").WithName("GetVacancyShortlist");
        return app;
    }

    public static Results<Ok<ShortlistResponse>, ProblemHttpResult, ValidationProblem> ForCandidate(
        string id, string? k, string? on, RegionStore region, ShortlistBuilder shortlists, GermanExplanation explain, RegionCalendar calendar, ClaimsPrincipal user,
        AuditTrail audit)
    {
        var errors = new Dictionary<string, string[]>();
        var top = QueryParameter.WholeNumber(k, "k", DefaultK, 1, MaxK, errors);
        var today = QueryParameter.Date(on, "on", calendar.Today, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var snapshot = region.Current;
        if (snapshot.FindCandidate(id) is not { } stored || !Caller.From(user).MaySee(stored)) return RequestProblem.NotFound("Kandidat", id);
        if (!stored.MayBeMatched) return NoConsent(id);
        audit.View(Caller.From(user), "candidate.shortlist", "candidate", id);
        var entries = shortlists.ForCandidate(stored.Candidate, snapshot.AllVacancies, top, today);
        return TypedResults.Ok(new ShortlistResponse("candidate", id, today, top, ToItems(entries, snapshot, explain, null)));
    }

    public static Results<Ok<ShortlistResponse>, ProblemHttpResult, ValidationProblem> ForVacancy(
        string id, string? k, string? on, RegionStore region, ShortlistBuilder shortlists, GermanExplanation explain, RegionCalendar calendar, ClaimsPrincipal user,
        Pseudonyms pseudonyms, AuditTrail audit)
    {
        var errors = new Dictionary<string, string[]>();
        var top = QueryParameter.WholeNumber(k, "k", DefaultK, 1, MaxK, errors);
        var today = QueryParameter.Date(on, "on", calendar.Today, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var snapshot = region.Current;
        var caller = Caller.From(user);
        if (snapshot.FindVacancy(id) is not { } stored || !caller.MaySee(stored)) return RequestProblem.NotFound("Stelle", id);
        // Coaches rank their own candidates; chambers and the operator all who consented (chambers see pseudonyms).
        var pool = caller.Role == Role.Coach
            ? snapshot.Candidates.Where(c => c.MayBeMatched && caller.MaySee(c)).Select(c => c.Candidate).ToList()
            : snapshot.MatchableCandidates;
        var entries = shortlists.ForVacancy(stored.Vacancy, pool, top, today);
        audit.View(caller, "vacancy.shortlist", "vacancy", id, "candidates " + string.Join(',', entries.Select(e => e.CandidateId)));
        return TypedResults.Ok(new ShortlistResponse("vacancy", id, today, top,
            ToItems(entries, snapshot, explain, caller.Role == Role.Chamber ? pseudonyms : null)));
    }

    /// <summary>
    /// Shortlist items; with <paramref name="pseudonyms"/> (for chambers) candidate ids are pseudonymised and the legal answer is
    /// the <see cref="EmployerLegalView"/>: from when, and which permit and consent, never the residence title.
    /// </summary>
    private static List<ShortlistItem> ToItems(IReadOnlyList<ShortlistEntry> entries, RegionSnapshot snapshot, GermanExplanation explain, Pseudonyms? pseudonyms) =>
        entries.Select((e, i) => ToItem(e, i + 1, snapshot.FindVacancy(e.VacancyId)!.Vacancy, explain, pseudonyms)).ToList();

    /// <summary>One entry as a list shows it (rank 0 outside a list).</summary>
    internal static ShortlistItem ToItem(ShortlistEntry e, int rank, Core.Vacancies.Vacancy vacancy, GermanExplanation explain, Pseudonyms? pseudonyms)
    {
        var legal = e.Eligibility;
        var commute = e.Score.Commute;
        var eligibility = pseudonyms is null ? EligibilityItem.ForCoach(legal) : EligibilityItem.ForEmployer(EmployerLegalView.Of(legal));
        return new ShortlistItem(
            rank, pseudonyms?.Of(e.CandidateId) ?? e.CandidateId, e.VacancyId, vacancy.Occupation.ToString(), explain.OccupationTitle(vacancy.Occupation),
            vacancy.Kind.ToString(), vacancy.Employer, Math.Round(e.Score.Value, 4),
            eligibility,
            new CommuteItem(commute.Mode.ToString(), Math.Round(commute.DistanceKm, 1), commute.DailyMinutes, commute.LimitMinutes, true),
            e.Score.Components.Select(c => new ComponentItem(c.Kind.ToString(), explain.ComponentName(c.Kind), Math.Round(c.Value, 4), c.Weight,
                c.Findings.Select(f => new FindingItem(f.Code.ToString(), f.Items, f.Number, explain.Finding(f))).ToList())).ToList(),
            explain.Paragraph(e, vacancy, legalDetails: pseudonyms is null));
    }

    private static ProblemHttpResult NoConsent(string id) => TypedResults.Problem(
        title: "Keine Einwilligung",
        detail: $"Für Kandidat '{id}' ist keine Einwilligung in den Abgleich erfasst; ohne sie wird nicht abgeglichen.",
        statusCode: StatusCodes.Status409Conflict);
}
