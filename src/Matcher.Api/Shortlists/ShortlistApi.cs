using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Api.Setup;
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
        app.MapGet("/candidates/{id}/shortlist", ForCandidate).WithTags("Shortlists").WithName("GetCandidateShortlist");
        app.MapGet("/vacancies/{id}/shortlist", ForVacancy).WithTags("Shortlists").WithName("GetVacancyShortlist");
        return app;
    }

    public static Results<Ok<ShortlistResponse>, ProblemHttpResult, ValidationProblem> ForCandidate(
        string id, string? k, RegionStore region, ShortlistBuilder shortlists, GermanExplanation explain, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        var top = QueryParameter.WholeNumber(k, "k", DefaultK, 1, MaxK, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var candidate = region.FindCandidate(id);
        if (candidate is null) return NotFound("Kandidat", id);
        var today = Today(clock);
        var entries = shortlists.ForCandidate(candidate, region.Vacancies, top, today);
        return TypedResults.Ok(new ShortlistResponse("candidate", id, today, top, ToItems(entries, region, explain)));
    }

    public static Results<Ok<ShortlistResponse>, ProblemHttpResult, ValidationProblem> ForVacancy(
        string id, string? k, RegionStore region, ShortlistBuilder shortlists, GermanExplanation explain, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        var top = QueryParameter.WholeNumber(k, "k", DefaultK, 1, MaxK, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var vacancy = region.FindVacancy(id);
        if (vacancy is null) return NotFound("Stelle", id);
        var today = Today(clock);
        var entries = shortlists.ForVacancy(vacancy, region.Candidates, top, today);
        return TypedResults.Ok(new ShortlistResponse("vacancy", id, today, top, ToItems(entries, region, explain)));
    }

    private static List<ShortlistItem> ToItems(IReadOnlyList<ShortlistEntry> entries, RegionStore region, GermanExplanation explain) =>
        entries.Select((e, i) =>
        {
            var vacancy = region.FindVacancy(e.VacancyId)!;
            var legal = e.Eligibility;
            var commute = e.Score.Commute;
            return new ShortlistItem(
                i + 1, e.CandidateId, e.VacancyId, vacancy.Occupation.ToString(), explain.OccupationTitle(vacancy.Occupation),
                vacancy.Kind.ToString(), vacancy.Employer, Math.Round(e.Score.Value, 4),
                new EligibilityItem(legal.Verdict.ToString(), GermanExplanation.Verdict(legal), legal.PermittedFrom, legal.PermitRequired,
                    legal.BaConsentRequired, legal.LegalBasis, legal.Reason, legal.RuleId),
                new CommuteItem(commute.Mode.ToString(), Math.Round(commute.DistanceKm, 1), commute.DailyMinutes, commute.LimitMinutes, true),
                e.Score.Components.Select(c => new ComponentItem(c.Kind.ToString(), explain.ComponentName(c.Kind), Math.Round(c.Value, 4), c.Weight,
                    c.Findings.Select(f => new FindingItem(f.Code.ToString(), f.Items, f.Number, explain.Finding(f))).ToList())).ToList(),
                explain.Paragraph(e, vacancy));
        }).ToList();

    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    internal static ProblemHttpResult NotFound(string what, string id) => TypedResults.Problem(
        title: $"{what} nicht gefunden",
        detail: $"{what} mit der Kennung '{id}' gibt es nicht.",
        statusCode: StatusCodes.Status404NotFound);
}
