using Matcher.Api.Region;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Core.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Candidates;

/// <summary>Read access to the demo region's candidates (writes come with the service issue).</summary>
public static class CandidateApi
{
    public static IEndpointRouteBuilder MapCandidates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/candidates").WithTags("Candidates");
        group.MapGet("/", List).WithName("ListCandidates");
        group.MapGet("/{id}", Get).WithName("GetCandidate");
        return app;
    }

    public static Results<Ok<Page<Candidate>>, ValidationProblem> List(string? limit, string? offset, RegionStore region)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 20, 500, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        return TypedResults.Ok(new Page<Candidate>(region.Candidates.Count, page.Offset, page.Apply(region.Candidates).ToList()));
    }

    public static Results<Ok<Candidate>, ProblemHttpResult> Get(string id, RegionStore region) =>
        region.FindCandidate(id) is { } c ? TypedResults.Ok(c) : ShortlistApi.NotFound("Kandidat", id);
}

/// <summary>A page of a list: the total and the items from <see cref="Offset"/>.</summary>
public sealed record Page<T>(int Total, int Offset, IReadOnlyList<T> Items);
