using System.Globalization;
using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Core.Batch;
using Matcher.Core.Shortlists;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matcher.Api.Candidates;

/// <summary>
/// <c>GET /candidates/{id}/check?vacancy=S-…&amp;on=YYYY-MM-DD</c>: why a person is, or is not, a match for one vacancy,
/// also when no list shows the pair: the explained score, every knock-out with its reason, the legal answer with its date,
/// the rank among the person's possible vacancies, and from when the pair is possible. For the person's coach and the
/// operator; <c>on</c> asks "what if" (default: today where the region is).
/// </summary>
public static class PairCheckApi
{
    public static IEndpointRouteBuilder MapPairCheck(this IEndpointRouteBuilder app)
    {
        app.MapGet("/candidates/{id}/check", Check).WithTags("Shortlists").WithName("CheckPair")
            .RequireAuthorization(p => p.RequireRole("coach", "admin")).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Ok<PairCheckResponse>, ProblemHttpResult, ValidationProblem> Check(
        string id, string? vacancy, string? on, PairChecks checks, RegionCalendar calendar, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(vacancy)) errors["vacancy"] = ["Pflichtfeld fehlt: die Kennung der Stelle (z. B. S-000157)."];
        var date = QueryParameter.Date(on, "on", calendar.Today, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        return checks.Check(Caller.From(user), id, vacancy!, date) switch
        {
            (null, _) => RequestProblem.NotFound("Kandidat", id),
            (_, null) => RequestProblem.NotFound("Stelle", vacancy!),
            (_, var answer) => TypedResults.Ok(answer),
        };
    }
}

/// <summary>The pair check for the API and the web pages alike.</summary>
public sealed class PairChecks(RegionStore region, ShortlistBuilder shortlists, GermanExplanation explain, AuditTrail audit)
{
    /// <summary>The person (null when not the caller's) and the answer (null when the vacancy does not exist).</summary>
    public (StoredCandidate? Person, PairCheckResponse? Answer) Check(Caller caller, string id, string vacancyId, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var snapshot = region.Current;
        if (snapshot.FindCandidate(id) is not { } stored || !caller.MaySee(stored)) return (null, null);
        if (snapshot.FindVacancy(vacancyId) is not { } offer) return (stored, null);
        audit.View(caller, "candidate.check", "candidate", id, "vacancy " + offer.Vacancy.Id);
        var minimum = new BatchOptions().MinimumScore;
        var review = shortlists.Review(stored.Candidate, offer.Vacancy, snapshot.AllVacancies, date, minimum);
        var reasons = new List<string>();
        if (!stored.MayBeMatched) reasons.Add("Keine Einwilligung in den Abgleich erfasst: ohne sie erscheint die Person auf keiner Liste.");
        if (!review.Eligibility.IsEligible) reasons.Add($"Rechtlich: {GermanExplanation.Verdict(review.Eligibility)}. {review.Eligibility.Reason}");
        reasons.AddRange(review.Score.KnockOuts.Select(explain.KnockOut));
        if (review.IsPossible && review.BelowMinimum)
            reasons.Add(string.Create(CultureInfo.GetCultureInfo("de-DE"),
                $"Passung {review.Score.Value * 100:0} von 100: unter der Mindestpassung von {minimum * 100:0}, die ein Abgleichslauf vorschlägt."));
        var entry = new ShortlistEntry(stored.Candidate.Id, offer.Vacancy.Id, review.Score, review.Eligibility);
        var item = ShortlistApi.ToItem(entry, 0, offer.Vacancy, explain, pseudonyms: null);
        return (stored, new PairCheckResponse(id, offer.Vacancy.Id, date, review.IsPossible && stored.MayBeMatched, reasons,
            review.Score.KnockOuts.Select(k => new KnockOutItem(k.Reason.ToString(), explain.KnockOut(k))).ToList(),
            review.Rank, review.Possible, review.PossibleFrom, item));
    }
}

/// <summary>One pair, explained: whether it can be proposed on <see cref="AsOf"/>, and if not, why and from when.</summary>
/// <param name="Possible">Legally possible, not knocked out, and the person consented to matching.</param>
/// <param name="WhyNot">German sentences, one per reason the pair is not on a list (empty when it could be).</param>
/// <param name="Rank">Place among the person's possible vacancies on the date, best first; null when the pair is not possible.</param>
/// <param name="PossibleVacancies">How many vacancies are possible for the person on the date.</param>
/// <param name="PossibleFrom">The first day (from <see cref="AsOf"/>, within two years) on which the pair is possible.</param>
/// <param name="Entry">The full entry as a shortlist shows it: score, components, legal answer, commute, explanation.</param>
public sealed record PairCheckResponse(
    string CandidateId, string VacancyId, DateOnly AsOf, bool Possible, IReadOnlyList<string> WhyNot, IReadOnlyList<KnockOutItem> KnockOuts,
    int? Rank, int PossibleVacancies, DateOnly? PossibleFrom, ShortlistItem Entry);

public sealed record KnockOutItem(string Reason, string Text);
