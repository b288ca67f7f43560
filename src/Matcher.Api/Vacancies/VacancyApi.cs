using Matcher.Api.Candidates;
using Matcher.Api.Region;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Core.Vacancies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Vacancies;

/// <summary>Read access to the demo region's vacancies (writes and bulk import come with the service issue).</summary>
public static class VacancyApi
{
    public static IEndpointRouteBuilder MapVacancies(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/vacancies").WithTags("Vacancies");
        group.MapGet("/", List).WithName("ListVacancies");
        group.MapGet("/{id}", Get).WithName("GetVacancy");
        return app;
    }

    public static Results<Ok<Page<Vacancy>>, ValidationProblem> List(string? limit, string? offset, RegionStore region)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 20, 500, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        return TypedResults.Ok(new Page<Vacancy>(region.Vacancies.Count, page.Offset, page.Apply(region.Vacancies).ToList()));
    }

    public static Results<Ok<Vacancy>, ProblemHttpResult> Get(string id, RegionStore region) =>
        region.FindVacancy(id) is { } v ? TypedResults.Ok(v) : ShortlistApi.NotFound("Stelle", id);
}
