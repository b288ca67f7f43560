using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Setup;

namespace Matcher.Api.Outcomes;

/// <summary>
/// Outcomes of proposals: the coach records and reads them at the person (<c>/candidates/{id}/outcomes</c>), the chamber
/// at its vacancy (<c>/vacancies/{id}/outcomes</c>, people by pseudonym), the operator exports them all as CSV.
/// </summary>
public static class OutcomeApi
{
    public static IEndpointRouteBuilder MapOutcomes(this IEndpointRouteBuilder app)
    {
        app.MapPost("/candidates/{id}/outcomes", RecordForCandidate).WithTags("Outcomes").WithName("RecordCandidateOutcome")
            .RequireAuthorization(p => p.RequireRole("coach")).TakesJson<OutcomeInput>()
            .Produces<OutcomeView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/candidates/{id}/outcomes", ListForCandidate).WithTags("Outcomes").WithName("ListCandidateOutcomes")
            .RequireAuthorization(p => p.RequireRole("coach", "admin")).Produces<IReadOnlyList<OutcomeView>>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/vacancies/{id}/outcomes", RecordForVacancy).WithTags("Outcomes").WithName("RecordVacancyOutcome")
            .RequireAuthorization(p => p.RequireRole("chamber")).TakesJson<OutcomeInput>()
            .Produces<OutcomeView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/vacancies/{id}/outcomes", ListForVacancy).WithTags("Outcomes").WithName("ListVacancyOutcomes")
            .RequireAuthorization(p => p.RequireRole("chamber", "admin")).Produces<IReadOnlyList<OutcomeView>>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/outcomes/export", Export).WithTags("Outcomes").WithName("ExportOutcomes")
            .RequireAuthorization(p => p.RequireRole("admin")).Produces<string>(contentType: "text/csv");
        return app;
    }

    public static async Task<IResult> RecordForCandidate(string id, HttpRequest request, ClaimsPrincipal user, RegionStore region, OutcomeStore outcomes)
    {
        if (region.Current.FindCandidate(id) is not { } person || !Caller.From(user).MaySee(person)) return RequestProblem.NotFound("Kandidat", id);
        var read = await StrictJson.ReadAsync<OutcomeInput>(request);
        if (read.Value is not { } input) return read.Problem();
        if (string.IsNullOrWhiteSpace(input.VacancyId)) return FieldErrors.Of("vacancyId", "Pflichtfeld fehlt: die Stelle.").ToProblem();
        return Answer(outcomes.Record(Caller.From(user), id, input.VacancyId.Trim(), input), "Kandidat", id);
    }

    public static async Task<IResult> RecordForVacancy(string id, HttpRequest request, ClaimsPrincipal user, RegionStore region, OutcomeStore outcomes)
    {
        if (region.Current.FindVacancy(id) is not { } vacancy || vacancy.OrganisationId != Caller.From(user).OrganisationId) return RequestProblem.NotFound("Stelle", id);
        var read = await StrictJson.ReadAsync<OutcomeInput>(request);
        if (read.Value is not { } input) return read.Problem();
        return Answer(outcomes.RecordByPseudonym(Caller.From(user), id, input.Person, input), "Stelle", id);
    }

    public static IResult ListForCandidate(string id, ClaimsPrincipal user, RegionStore region, OutcomeStore outcomes)
    {
        var caller = Caller.From(user);
        if (region.Current.FindCandidate(id) is not { } person || !caller.MaySee(person)) return RequestProblem.NotFound("Kandidat", id);
        return TypedResults.Ok(outcomes.ForCandidate(caller, id));
    }

    public static IResult ListForVacancy(string id, ClaimsPrincipal user, RegionStore region, OutcomeStore outcomes)
    {
        var caller = Caller.From(user);
        if (region.Current.FindVacancy(id) is not { } vacancy || !caller.MaySee(vacancy)) return RequestProblem.NotFound("Stelle", id);
        return TypedResults.Ok(outcomes.ForVacancy(caller, id));
    }

    public static IResult Export(ClaimsPrincipal user, OutcomeStore outcomes) =>
        TypedResults.Text(outcomes.ExportCsv(Caller.From(user)), "text/csv; charset=utf-8");

    private static IResult Answer(WriteResult<OutcomeView> result, string what, string id) => result.Status switch
    {
        WriteStatus.Done => TypedResults.Created($"/outcomes/{result.Value!.Id}", result.Value),
        WriteStatus.NotFound => RequestProblem.NotFound(what, id),
        _ => result.Errors!.ToProblem(),
    };
}
