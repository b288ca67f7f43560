using System.Globalization;
using System.Security.Claims;
using Dapper;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Matcher.Api.Storage;

namespace Matcher.Api.Candidates;

/// <summary>
/// A candidate's commitment: a proposal the coach has accepted, or a job or training the person has started.
/// The next match runs keep it (pinned) as long as it stays possible.
/// </summary>
public static class CommitmentApi
{
    public static IEndpointRouteBuilder MapCommitments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/candidates/{id}/commitment").WithTags("Candidates").RequireAuthorization(p => p.RequireRole("coach"));
        group.MapGet("/", Get).WithName("GetCommitment").Produces<CommitmentView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/", Put).WithName("PutCommitment").TakesJson<CommitmentInput>().Produces<CommitmentView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/", Delete).WithName("DeleteCommitment").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static IResult Get(string id, RegionStore region, ClaimsPrincipal user, Commitments commitments)
    {
        if (Own(id, region, user) is { } notFound) return notFound;
        return commitments.Find(Caller.From(user), id) is { } view ? TypedResults.Ok(view) : RequestProblem.NotFound("Zusage", id);
    }

    public static async Task<IResult> Put(string id, HttpRequest request, RegionStore region, ClaimsPrincipal user, Commitments commitments)
    {
        if (Own(id, region, user) is { } notFound) return notFound;
        var read = await StrictJson.ReadAsync<CommitmentInput>(request);
        if (read.Value is not { } input) return read.Problem();
        var result = commitments.Set(Caller.From(user), id, input.VacancyId, input.State);
        return result.Status switch
        {
            WriteStatus.Done => TypedResults.Ok(result.Value),
            WriteStatus.NotFound => RequestProblem.NotFound("Kandidat", id),
            _ => result.Errors!.ToProblem(),
        };
    }

    public static IResult Delete(string id, RegionStore region, ClaimsPrincipal user, Commitments commitments)
    {
        if (Own(id, region, user) is { } notFound) return notFound;
        return commitments.Clear(Caller.From(user), id).Status == WriteStatus.Done ? TypedResults.NoContent() : RequestProblem.NotFound("Zusage", id);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Own(string id, RegionStore region, ClaimsPrincipal user) =>
        region.Current.FindCandidate(id) is { } c && Caller.From(user).MaySee(c) ? null : RequestProblem.NotFound("Kandidat", id);
}

/// <param name="State">accepted (the coach accepted the proposal) or started (the person started work or training).</param>
public sealed record CommitmentInput(string VacancyId, string State);

public sealed record CommitmentView(string VacancyId, string State, string Since);
