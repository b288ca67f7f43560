using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Candidates;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
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
        group.MapPost("/", Start).WithName("StartMatchRun").RequireAuthorization(p => p.RequireRole("admin"))
            .Produces<RunStarted>(StatusCodes.Status202Accepted).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithName("ListMatchRuns");
        group.MapGet("/{id:long}", Get).WithName("GetMatchRun").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:long}/proposals", Proposals).WithName("GetMatchRunProposals").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:long}/changes", Changes).WithName("GetMatchRunChanges").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:long}/disparities", Disparities).WithName("GetMatchRunDisparities").RequireAuthorization(p => p.RequireRole("admin"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <param name="maxNewHiresPerEmployer">Optional: at most this many proposals per employer across its vacancies.</param>
    /// <param name="maxChanges">Optional: at most this many of the previous run's proposals may change.</param>
    /// <param name="minWomenRatePercent">Optional: the share of women with a proposal at least this % of the men's.</param>
    /// <param name="minYoungTrainingSharePercent">Optional: at least this % of the proposed training places for people under 25.</param>
    public static IResult Start(string? on, string? maxNewHiresPerEmployer, string? maxChanges, string? minWomenRatePercent, string? minYoungTrainingSharePercent,
        MatchRunner runner, Setup.RegionCalendar calendar, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string[]>();
        var asOf = QueryParameter.Date(on, "on", calendar.Today, errors);
        var limits = new RunLimits(
            Limit(maxNewHiresPerEmployer, "maxNewHiresPerEmployer", "Höchstens je Betrieb", 1, errors),
            Limit(maxChanges, "maxChanges", "Höchstens Änderungen", 0, errors),
            Percent(minWomenRatePercent, "minWomenRatePercent", "Vorschlagsquote der Frauen", errors),
            Percent(minYoungTrainingSharePercent, "minYoungTrainingSharePercent", "Ausbildungsplätze für unter 25-Jährige", errors, maximum: 99));
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var start = runner.StartInBackground("api", Caller.From(user), asOf, limits);
        if (start.StartedId is { } id)
            return TypedResults.Accepted($"/match-runs/{id}", new RunStarted(id, "running", asOf));
        return TypedResults.Problem(
            title: "Es läuft schon ein Abgleich",
            detail: $"Lauf {start.RunningId} ist noch nicht fertig; bitte warten, bis er abgeschlossen ist.",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["runningId"] = start.RunningId });
    }

    /// <summary>An optional whole number in [<paramref name="minimum"/>, <see cref="RunLimits.MaxValue"/>]; the reason, naming the field as <paramref name="label"/>, in <paramref name="errors"/> otherwise.</summary>
    public static int? Limit(string? text, string field, string label, int minimum, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= RunLimits.MaxValue)
            return value;
        errors[field] = [string.Create(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), $"{label}: muss eine ganze Zahl von {minimum} bis {RunLimits.MaxValue:N0} sein, nicht '{RequestProblem.Quoted(text)}'.")];
        return null;
    }

    /// <summary>An optional whole percentage in [1, <paramref name="maximum"/>]; the reason, naming the field as <paramref name="label"/>, in <paramref name="errors"/> otherwise.</summary>
    public static int? Percent(string? text, string field, string label, Dictionary<string, string[]> errors, int maximum = 150)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= maximum)
            return value;
        errors[field] = [$"{label}: muss ein ganzer Prozentwert von 1 bis {maximum} sein, nicht '{RequestProblem.Quoted(text)}'."];
        return null;
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
        long id, string? limit, string? offset, MatchRunStore store, ClaimsPrincipal user, RunQueries runs)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 100, 1000, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        if (Completed(id, store) is { } problem) return problem;
        return TypedResults.Ok(runs.Proposals(Caller.From(user), id, page.Limit, page.Offset));
    }

    /// <summary>New, dropped and changed proposals against the previous completed run: what coaches must act on.</summary>
    public static Results<Ok<RunChanges>, ProblemHttpResult> Changes(long id, MatchRunStore store, ClaimsPrincipal user, RunQueries runs) =>
        Completed(id, store) is { } problem ? problem : TypedResults.Ok(runs.Changes(Caller.From(user), id));

    /// <summary>How the run's proposals fall on groups of people, with flags below four fifths of the best group (operator only).</summary>
    public static Results<Ok<Monitoring.DisparityReport>, ProblemHttpResult> Disparities(long id, MatchRunStore store, Monitoring.DisparityReports reports) =>
        Completed(id, store) is { } problem ? problem : TypedResults.Ok(reports.For(id));

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

/// <summary>The answer to starting a run: its id, "running", and the day whose law and dates it judges by.</summary>
public sealed record RunStarted(long Id, string Status, DateOnly AsOf);
