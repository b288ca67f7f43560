using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Candidates;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Matcher.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matcher.Api.Vacancies;

/// <summary>
/// Vacancies: chambers create, change, delete and import their own; everyone reads within their scope
/// (chambers their own, coaches and the operator all).
/// </summary>
public static class VacancyApi
{
    public static IEndpointRouteBuilder MapVacancies(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/vacancies").WithTags("Vacancies");
        group.MapGet("/", List).WithName("ListVacancies");
        group.MapGet("/{id}", Get).WithName("GetVacancy").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateVacancy").RequireAuthorization(p => p.RequireRole("chamber"))
            .TakesJson<VacancyInput>().Produces<VacancyView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id}", Replace).WithName("ReplaceVacancy").RequireAuthorization(p => p.RequireRole("chamber"))
            .TakesJson<VacancyInput>().Produces<VacancyView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id}", Delete).WithName("DeleteVacancy").RequireAuthorization(p => p.RequireRole("chamber"))
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/import", VacancyImportApi.Import).WithName("ImportVacancies").RequireAuthorization(p => p.RequireRole("chamber"))
            .TakesImport<VacancyInput>();
        return app;
    }

    public static Results<Ok<Page<VacancyView>>, ValidationProblem> List(string? limit, string? offset, RegionStore region, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 20, 500, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var caller = Caller.From(user);
        var visible = region.Current.Vacancies.Where(caller.MaySee).ToList();
        return TypedResults.Ok(new Page<VacancyView>(visible.Count, page.Offset, page.Apply(visible).Select(VacancyView.Of).ToList()));
    }

    public static Results<Ok<VacancyView>, ProblemHttpResult> Get(string id, RegionStore region, ClaimsPrincipal user) =>
        region.Current.FindVacancy(id) is { } v && Caller.From(user).MaySee(v) ? TypedResults.Ok(VacancyView.Of(v)) : RequestProblem.NotFound("Stelle", id);

    public static async Task<IResult> Create(HttpRequest request, ClaimsPrincipal user, VacancyWriter writer)
    {
        var read = await StrictJson.ReadAsync<VacancyInput>(request);
        if (read.Value is not { } input) return read.Problem();
        var result = writer.Create(input, Caller.From(user));
        return result.Status switch
        {
            WriteStatus.Done => TypedResults.Created($"/vacancies/{result.Value!.Id}", result.Value),
            WriteStatus.Conflict => ExternalIdTaken(VacancyInputValidator.ExternalIdOf(input)!, result.ConflictWith!),
            _ => result.Errors!.ToProblem(),
        };
    }

    public static async Task<IResult> Replace(string id, HttpRequest request, ClaimsPrincipal user, VacancyWriter writer, RegionStore region)
    {
        var caller = Caller.From(user);
        if (region.Current.FindVacancy(id) is not { } current || current.OrganisationId != caller.OrganisationId) return RequestProblem.NotFound("Stelle", id);
        var read = await StrictJson.ReadAsync<VacancyInput>(request);
        if (read.Value is not { } input) return read.Problem();
        var result = writer.Replace(id, input, caller);
        return result.Status switch
        {
            WriteStatus.Done => TypedResults.Ok(result.Value),
            WriteStatus.NotFound => RequestProblem.NotFound("Stelle", id),
            WriteStatus.Conflict => ExternalIdTaken(VacancyInputValidator.ExternalIdOf(input)!, result.ConflictWith!),
            _ => result.Errors!.ToProblem(),
        };
    }

    public static IResult Delete(string id, ClaimsPrincipal user, VacancyWriter writer) =>
        writer.Delete(id, Caller.From(user)).Status == WriteStatus.Done ? TypedResults.NoContent() : RequestProblem.NotFound("Stelle", id);

    private static ProblemHttpResult ExternalIdTaken(string externalId, string existingId) =>
        RequestProblem.ExternalIdTaken("Ihre Stelle", externalId, existingId, "/vacancies");
}
