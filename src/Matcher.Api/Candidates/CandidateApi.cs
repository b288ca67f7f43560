using Matcher.Api.Requests;
using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Region;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Core.People;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matcher.Api.Candidates;

/// <summary>Candidates for job coaches (their own organisation's) and the operator; chambers have no access.</summary>
public static class CandidateApi
{
    public static IEndpointRouteBuilder MapCandidates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/candidates").WithTags("Candidates").RequireAuthorization(p => p.RequireRole("coach", "admin"));
        group.MapGet("/", List).WithName("ListCandidates");
        group.MapGet("/{id}", Get).WithName("GetCandidate");
        return app;
    }

    public static Results<Ok<Page<Candidate>>, ValidationProblem> List(string? limit, string? offset, RegionStore region, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 20, 500, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var caller = Caller.From(user);
        var visible = region.Current.Candidates.Where(caller.MaySee).Select(c => c.Candidate).ToList();
        return TypedResults.Ok(new Page<Candidate>(visible.Count, page.Offset, page.Apply(visible).ToList()));
    }

    public static Results<Ok<Candidate>, ProblemHttpResult> Get(string id, RegionStore region, ClaimsPrincipal user) =>
        region.Current.FindCandidate(id) is { } c && Caller.From(user).MaySee(c) ? TypedResults.Ok(c.Candidate) : ShortlistApi.NotFound("Kandidat", id);
}

/// <summary>A page of a list: the total and the items from <see cref="Offset"/>.</summary>
public sealed record Page<T>(int Total, int Offset, IReadOnlyList<T> Items);
