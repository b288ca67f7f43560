using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Candidates;
using Matcher.Api.Region;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Core.Vacancies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matcher.Api.Vacancies;

/// <summary>Vacancies: chambers see their own, coaches and the operator see all.</summary>
public static class VacancyApi
{
    public static IEndpointRouteBuilder MapVacancies(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/vacancies").WithTags("Vacancies");
        group.MapGet("/", List).WithName("ListVacancies");
        group.MapGet("/{id}", Get).WithName("GetVacancy");
        return app;
    }

    public static Results<Ok<Page<Vacancy>>, ValidationProblem> List(string? limit, string? offset, RegionStore region, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 20, 500, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var caller = Caller.From(user);
        var visible = region.Current.Vacancies.Where(caller.MaySee).Select(v => v.Vacancy).ToList();
        return TypedResults.Ok(new Page<Vacancy>(visible.Count, page.Offset, page.Apply(visible).ToList()));
    }

    public static Results<Ok<Vacancy>, ProblemHttpResult> Get(string id, RegionStore region, ClaimsPrincipal user) =>
        region.Current.FindVacancy(id) is { } v && Caller.From(user).MaySee(v) ? TypedResults.Ok(v.Vacancy) : ShortlistApi.NotFound("Stelle", id);
}
