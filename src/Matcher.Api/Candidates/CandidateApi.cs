using System.Globalization;
using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Matcher.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matcher.Api.Candidates;

/// <summary>
/// Candidates for job coaches (their own organisation's) and the operator; chambers have no access. Coaches register,
/// change and delete; the operator may read and delete (a deletion request may reach either). Every read of a
/// candidate's data and every change is audited.
/// </summary>
public static class CandidateApi
{
    public static IEndpointRouteBuilder MapCandidates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/candidates").WithTags("Candidates").RequireAuthorization(p => p.RequireRole("coach", "admin"));
        group.MapGet("/", List).WithName("ListCandidates");
        group.MapGet("/{id}", Get).WithName("GetCandidate").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).WithName("CreateCandidate").RequireAuthorization(p => p.RequireRole("coach"))
            .TakesJson<CandidateInput>().Produces<CandidateView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/import", CandidateImportApi.Import).WithName("ImportCandidates").RequireAuthorization(p => p.RequireRole("coach"))
            .TakesImport<CandidateInput>();
        group.MapPut("/{id}", Replace).WithName("ReplaceCandidate").RequireAuthorization(p => p.RequireRole("coach"))
            .TakesJson<CandidateInput>().Produces<CandidateView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id}", Delete).WithName("DeleteCandidate").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Results<Ok<Page<CandidateView>>, ValidationProblem> List(string? limit, string? offset, RegionStore region, ClaimsPrincipal user, AuditTrail audit)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 20, 500, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        var caller = Caller.From(user);
        var visible = region.Current.Candidates.Where(caller.MaySee).ToList();
        var items = page.Apply(visible).Select(CandidateView.Of).ToList();
        audit.View(caller, "candidate.list", "candidate", null, string.Join(',', items.Select(c => c.Id)));
        return TypedResults.Ok(new Page<CandidateView>(visible.Count, page.Offset, items));
    }

    public static Results<Ok<CandidateView>, ProblemHttpResult> Get(string id, RegionStore region, ClaimsPrincipal user, AuditTrail audit)
    {
        var caller = Caller.From(user);
        if (region.Current.FindCandidate(id) is not { } c || !caller.MaySee(c)) return RequestProblem.NotFound("Kandidat", id);
        audit.View(caller, "candidate.view", "candidate", id);
        return TypedResults.Ok(CandidateView.Of(c));
    }

    public static async Task<IResult> Create(HttpRequest request, ClaimsPrincipal user, CandidateWriter writer)
    {
        var read = await StrictJson.ReadAsync<CandidateInput>(request);
        if (read.Value is not { } input) return read.Problem();
        var result = writer.Create(input, Caller.From(user));
        return result.Status switch
        {
            WriteStatus.Done => TypedResults.Created($"/candidates/{result.Value!.Id}", result.Value),
            WriteStatus.Conflict => ExternalIdTaken(CandidateInputValidator.ExternalIdOf(input)!, result.ConflictWith!),
            _ => result.Errors!.ToProblem(),
        };
    }

    public static async Task<IResult> Replace(string id, HttpRequest request, ClaimsPrincipal user, CandidateWriter writer, RegionStore region)
    {
        var caller = Caller.From(user);
        if (region.Current.FindCandidate(id) is not { } current || !caller.MaySee(current)) return RequestProblem.NotFound("Kandidat", id);
        var read = await StrictJson.ReadAsync<CandidateInput>(request);
        if (read.Value is not { } input) return read.Problem();
        var result = writer.Replace(id, input, caller);
        return result.Status switch
        {
            WriteStatus.Done => TypedResults.Ok(result.Value),
            WriteStatus.NotFound => RequestProblem.NotFound("Kandidat", id),
            WriteStatus.Conflict => ExternalIdTaken(CandidateInputValidator.ExternalIdOf(input)!, result.ConflictWith!),
            _ => result.Errors!.ToProblem(),
        };
    }

    /// <summary>Deletes the candidate's personal data for good (GDPR art. 17); see <see cref="CandidateWriter.Erase"/>.</summary>
    public static IResult Delete(string id, ClaimsPrincipal user, CandidateWriter writer) =>
        writer.Erase(id, Caller.From(user)).Status == WriteStatus.Done ? TypedResults.NoContent() : RequestProblem.NotFound("Kandidat", id);

    private static ProblemHttpResult ExternalIdTaken(string externalId, string existingId) =>
        RequestProblem.ExternalIdTaken("Ihre Person", externalId, existingId, "/candidates");
}

/// <summary>A page of a list: the total and the items from <see cref="Offset"/>.</summary>
public sealed record Page<T>(int Total, int Offset, IReadOnlyList<T> Items);
