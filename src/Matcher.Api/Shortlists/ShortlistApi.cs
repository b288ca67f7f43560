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
            .RequireAuthorization(p => p.RequireRole("coach", "admin")).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/vacancies/{id}/shortlist", ForVacancy).WithTags("Shortlists").WithName("GetVacancyShortlist").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Ok<ShortlistResponse>, ProblemHttpResult, ValidationProblem> ForCandidate(
        string id, string? k, string? on, ShortlistQueries queries, RegionCalendar calendar, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string[]>();
        var top = QueryParameter.WholeNumber(k, "k", DefaultK, 1, MaxK, errors);
        var today = QueryParameter.Date(on, "on", calendar.Today, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        return queries.ForCandidate(Caller.From(user), id, top, today) switch
        {
            null => RequestProblem.NotFound("Kandidat", id),
            { ConsentMissing: true } => NoConsent(id),
            var list => TypedResults.Ok(list),
        };
    }

    public static Results<Ok<ShortlistResponse>, ProblemHttpResult, ValidationProblem> ForVacancy(
        string id, string? k, string? on, ShortlistQueries queries, RegionCalendar calendar, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string[]>();
        var top = QueryParameter.WholeNumber(k, "k", DefaultK, 1, MaxK, errors);
        var today = QueryParameter.Date(on, "on", calendar.Today, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        return queries.ForVacancy(Caller.From(user), id, top, today) is { } list ? TypedResults.Ok(list) : RequestProblem.NotFound("Stelle", id);
    }

    /// <summary>
    /// Shortlist items; with <paramref name="pseudonyms"/> (for chambers) candidate ids are pseudonymised and the legal answer is
    /// the <see cref="EmployerLegalView"/>: from when, and which permit and consent, never the residence title.
    /// </summary>
    internal static List<ShortlistItem> ToItems(IReadOnlyList<ShortlistEntry> entries, RegionSnapshot snapshot, GermanExplanation explain, Pseudonyms? pseudonyms)
    {
        // A chamber's list is ordered by what it sees (the score without the commute), so the order says nothing of distances.
        var ordered = pseudonyms is null ? entries
            : [.. entries.OrderByDescending(e => EmployerScore.Of(e.Score)).ThenBy(e => pseudonyms.Of(e.CandidateId), StringComparer.Ordinal)];
        return ordered.Select((e, i) => ToItem(e, i + 1, snapshot.FindVacancy(e.VacancyId)!.Vacancy, explain, pseudonyms)).ToList();
    }

    /// <summary>
    /// One entry as a list shows it (rank 0 outside a list). With <paramref name="pseudonyms"/> it is a chamber's view: the
    /// candidate's pseudonym, the <see cref="EmployerLegalView"/>, the <see cref="EmployerScore"/> with components to two
    /// decimals, the commute as a band without distance or minutes, no amounts that reveal the person's wage.
    /// </summary>
    internal static ShortlistItem ToItem(ShortlistEntry e, int rank, Core.Vacancies.Vacancy vacancy, GermanExplanation explain, Pseudonyms? pseudonyms)
    {
        var legal = e.Eligibility;
        var commute = e.Score.Commute;
        var forEmployer = pseudonyms is not null;
        var eligibility = forEmployer ? EligibilityItem.ForEmployer(EmployerLegalView.Of(legal)) : EligibilityItem.ForCoach(legal);
        var band = EmployerScore.CommuteBand(commute.DailyMinutes);
        var commuteItem = forEmployer
            ? new CommuteItem(commute.Mode.ToString(), null, null, null, true, band)
            : new CommuteItem(commute.Mode.ToString(), Math.Round(commute.DistanceKm, 1), commute.DailyMinutes, commute.LimitMinutes, true, band);
        var components = e.Score.Components.Select(c =>
        {
            var findings = c.Findings.Select(f => (Finding: f, Text: explain.Finding(f, forEmployer))).Where(f => f.Text is not null)
                .Select(f => new FindingItem(f.Finding.Code.ToString(), f.Finding.Items, forEmployer && Hidden(f.Finding.Code) ? null : f.Finding.Number, f.Text!)).ToList();
            if (!forEmployer) return new ComponentItem(c.Kind.ToString(), GermanExplanation.ComponentName(c.Kind), Math.Round(c.Value, 4), c.Weight, findings);
            return c.Kind == Core.Scoring.ScoreComponentKind.Commute
                ? new ComponentItem(c.Kind.ToString(), GermanExplanation.ComponentName(c.Kind), null, 0, findings)
                : new ComponentItem(c.Kind.ToString(), GermanExplanation.ComponentName(c.Kind), Math.Round(c.Value, 2), c.Weight, findings);
        }).ToList();
        return new ShortlistItem(
            rank, pseudonyms?.Of(e.CandidateId) ?? e.CandidateId, e.VacancyId, vacancy.Occupation.ToString(), explain.OccupationTitle(vacancy.Occupation),
            vacancy.Kind.ToString(), vacancy.Employer, forEmployer ? EmployerScore.Of(e.Score) : Math.Round(e.Score.Value, 4),
            eligibility, commuteItem, components, explain.Paragraph(e, vacancy, forEmployer));
    }

    /// <summary>Numbers a chamber does not see: daily minutes and pay differences.</summary>
    private static bool Hidden(Core.Scoring.FindingCode code) => code is Core.Scoring.FindingCode.CommuteShort or Core.Scoring.FindingCode.CommuteWithinLimit
        or Core.Scoring.FindingCode.CommuteExceedsSgb3Reasonableness or Core.Scoring.FindingCode.PayRiseOverCurrentJob or Core.Scoring.FindingCode.PayBelowCurrentJob;

    private static ProblemHttpResult NoConsent(string id) => TypedResults.Problem(
        title: "Keine Einwilligung",
        detail: $"Für Kandidat '{id}' ist keine Einwilligung in den Abgleich erfasst; ohne sie wird nicht abgeglichen.",
        statusCode: StatusCodes.Status409Conflict);
}
