using System.Globalization;
using System.Security.Claims;
using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Region;
using Matcher.Api.Requests;
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
        group.MapGet("/{id}", Get).WithName("GetCandidate");
        group.MapPost("/", Create).WithName("CreateCandidate").RequireAuthorization(p => p.RequireRole("coach"));
        group.MapPut("/{id}", Replace).WithName("ReplaceCandidate").RequireAuthorization(p => p.RequireRole("coach"));
        group.MapDelete("/{id}", Delete).WithName("DeleteCandidate");
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

    public static async Task<IResult> Create(
        HttpRequest request, ClaimsPrincipal user, CandidateInputValidator validator, RegionRepository repository, AuditTrail audit, RegionStore region)
    {
        var read = await StrictJson.ReadAsync<CandidateInput>(request);
        if (read.Value is not { } input) return read.Problem();
        var caller = Caller.From(user);
        var errors = new FieldErrors();
        var candidate = validator.Validate(input, PublicIds.New(PublicIds.Candidate), errors);
        if (candidate is null) return errors.ToProblem();
        var stored = Stored(candidate, caller, input);
        using (var write = region.BeginWrite())
        {
            repository.InsertCandidate(write.Connection, write.Transaction, stored);
            audit.Change(write.Connection, write.Transaction, caller, "candidate.create", "candidate", candidate.Id, ConsentDetail(stored));
            write.Commit(s => s.With(stored));
        }
        return TypedResults.Created($"/candidates/{candidate.Id}", CandidateView.Of(stored));
    }

    public static async Task<IResult> Replace(
        string id, HttpRequest request, ClaimsPrincipal user, CandidateInputValidator validator, RegionRepository repository, AuditTrail audit,
        RegionStore region)
    {
        var caller = Caller.From(user);
        if (region.Current.FindCandidate(id) is not { } current || !caller.MaySee(current)) return RequestProblem.NotFound("Kandidat", id);
        var read = await StrictJson.ReadAsync<CandidateInput>(request);
        if (read.Value is not { } input) return read.Problem();
        var errors = new FieldErrors();
        var candidate = validator.Validate(input, id, errors);
        if (candidate is null) return errors.ToProblem();
        var stored = Stored(candidate, caller, input);
        using (var write = region.BeginWrite())
        {
            if (!repository.UpdateCandidate(write.Connection, write.Transaction, stored)) return RequestProblem.NotFound("Kandidat", id);
            audit.Change(write.Connection, write.Transaction, caller, "candidate.update", "candidate", id, ConsentDetail(stored));
            write.Commit(s => s.With(stored));
        }
        return TypedResults.Ok(CandidateView.Of(stored));
    }

    /// <summary>
    /// Deletes the candidate's personal data for good (GDPR art. 17); only anonymous counts remain. The freed pages are
    /// overwritten (secure_delete) and the write-ahead log is checkpointed and emptied, so no copy stays in the files.
    /// </summary>
    public static IResult Delete(
        string id, ClaimsPrincipal user, Database database, RegionRepository repository, AuditTrail audit, RegionStore region, ILogger<RegionStore> log)
    {
        var caller = Caller.From(user);
        using (var write = region.BeginWrite())
        {
            if (!repository.DeleteCandidate(write.Connection, write.Transaction, id, caller.Role == Role.Admin ? null : caller.OrganisationId))
                return RequestProblem.NotFound("Kandidat", id);
            audit.Change(write.Connection, write.Transaction, caller, "candidate.delete", "candidate", id);
            write.Commit(s => s.WithoutCandidate(id));
        }
        // The erasure is committed either way; if a reader kept the log from being emptied now, the next checkpoint will.
        if (!database.CheckpointTruncate()) StorageLog.CheckpointDeferred(log, id);
        return TypedResults.NoContent();
    }

    private static StoredCandidate Stored(Core.People.Candidate candidate, Caller caller, CandidateInput input) =>
        new(candidate, caller.OrganisationId, input.Consent?.GivenOn, input.Consent?.Scope.Trim(), input.Name.Trim(), input.Contact?.Trim());

    private static string ConsentDetail(StoredCandidate stored) => stored.ConsentGivenOn is { } on
        ? $"consent {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : "no consent";
}

/// <summary>A page of a list: the total and the items from <see cref="Offset"/>.</summary>
public sealed record Page<T>(int Total, int Offset, IReadOnlyList<T> Items);
