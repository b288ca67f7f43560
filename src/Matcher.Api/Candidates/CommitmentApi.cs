using System.Globalization;
using System.Security.Claims;
using Dapper;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
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
        group.MapGet("/", Get).WithName("GetCommitment");
        group.MapPut("/", Put).WithName("PutCommitment");
        group.MapDelete("/", Delete).WithName("DeleteCommitment");
        return app;
    }

    public static IResult Get(string id, RegionStore region, ClaimsPrincipal user, Database database, AuditTrail audit)
    {
        if (Own(id, region, user) is { } notFound) return notFound;
        audit.View(Caller.From(user), "candidate.commitment", "candidate", id);
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<CommitmentView>(
            "SELECT vacancy_id AS VacancyId, state AS State, since AS Since FROM commitments WHERE candidate_id = @id", new { id }) is { } view
            ? TypedResults.Ok(view)
            : RequestProblem.NotFound("Zusage", id);
    }

    public static async Task<IResult> Put(string id, HttpRequest request, RegionStore region, ClaimsPrincipal user, Database database, AuditTrail audit, TimeProvider clock)
    {
        if (Own(id, region, user) is { } notFound) return notFound;
        var read = await StrictJson.ReadAsync<CommitmentInput>(request);
        if (read.Value is not { } input) return read.Problem();
        var errors = new FieldErrors();
        if (input.State is not ("accepted" or "started")) errors.Add("state", $"'{input.State}' ist ungültig: accepted (Vorschlag angenommen) oder started (Arbeit/Ausbildung begonnen).");
        if (region.Current.FindVacancy(input.VacancyId) is null) errors.Add("vacancyId", $"Die Stelle '{input.VacancyId}' gibt es nicht.");
        if (!region.Current.FindCandidate(id)!.MayBeMatched) errors.Add("candidate", "Ohne Einwilligung in den Abgleich kann keine Zusage erfasst werden.");
        if (errors.Any) return errors.ToProblem();
        var caller = Caller.From(user);
        var since = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using (var connection = database.Open())
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(
                """
                INSERT INTO commitments (candidate_id, vacancy_id, state, since, key_id) VALUES (@id, @vacancy, @state, @since, @key)
                ON CONFLICT (candidate_id) DO UPDATE SET vacancy_id = @vacancy, state = @state,
                    since = CASE WHEN commitments.vacancy_id = @vacancy THEN commitments.since ELSE @since END, key_id = @key
                """,
                new { id, vacancy = input.VacancyId, state = input.State, since, key = caller.KeyId }, transaction);
            audit.Change(connection, transaction, caller, "commitment.set", "candidate", id, $"{input.State} {input.VacancyId}");
            transaction.Commit();
        }
        return Get(id, region, user, database, audit);
    }

    public static IResult Delete(string id, RegionStore region, ClaimsPrincipal user, Database database, AuditTrail audit)
    {
        if (Own(id, region, user) is { } notFound) return notFound;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (connection.Execute("DELETE FROM commitments WHERE candidate_id = @id", new { id }, transaction) == 0) return RequestProblem.NotFound("Zusage", id);
        audit.Change(connection, transaction, Caller.From(user), "commitment.delete", "candidate", id);
        transaction.Commit();
        return TypedResults.NoContent();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Own(string id, RegionStore region, ClaimsPrincipal user) =>
        region.Current.FindCandidate(id) is { } c && Caller.From(user).MaySee(c) ? null : RequestProblem.NotFound("Kandidat", id);
}

/// <param name="State">accepted (the coach accepted the proposal) or started (the person started work or training).</param>
public sealed record CommitmentInput(string VacancyId, string State);

public sealed record CommitmentView(string VacancyId, string State, string Since);
