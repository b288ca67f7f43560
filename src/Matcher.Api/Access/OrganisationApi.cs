using System.Globalization;
using System.Security.Claims;
using Matcher.Api.Audit;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Access;

/// <summary>
/// The operator manages organisations and their keys over the API (the same as the <c>keys</c> command): a key is
/// shown once in the answer to its creation and can be revoked. A key's role follows its organisation's kind.
/// </summary>
public static class OrganisationApi
{
    public static IEndpointRouteBuilder MapOrganisations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/").WithTags("Organisations").RequireAuthorization(p => p.RequireRole("admin"));
        group.MapGet("/organisations", (AccessStore access) => TypedResults.Ok(access.Organisations())).WithName("ListOrganisations");
        group.MapPost("/organisations", Create).WithName("CreateOrganisation")
            .TakesJson<OrganisationInput>().Produces<Organisation>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/organisations/{id:long}/keys", CreateKey).WithName("CreateKey").Produces<CreatedKey>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/keys/{id:long}", Revoke).WithName("RevokeKey").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<IResult> Create(HttpRequest request, AccessStore access, AuditTrail audit, ClaimsPrincipal user)
    {
        var read = await StrictJson.ReadAsync<OrganisationInput>(request);
        if (read.Value is not { } input) return read.Problem();
        var errors = new FieldErrors();
        FreeText.Check(input.Name, "name", 200, required: true, errors);
        if (input.Kind is not ("chamber" or "coaching" or "operator")) errors.Add("kind", $"'{input.Kind}' ist ungültig: chamber, coaching oder operator.");
        if (errors.Any) return errors.ToProblem();
        if (access.FindOrganisation(input.Name) is { } existing)
            return TypedResults.Problem(title: "Organisation gibt es schon", detail: $"'{existing.Name}' hat die Kennung {existing.Id}.",
                statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["existingId"] = existing.Id });
        Organisation created;
        try
        {
            created = access.CreateOrganisation(input.Name, input.Kind);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            return TypedResults.Problem(title: "Organisation gibt es schon", statusCode: StatusCodes.Status409Conflict);
        }
        audit.Action(Caller.From(user), "organisation.create", "organisation", created.Id.ToString(CultureInfo.InvariantCulture), created.Name);
        return TypedResults.Created($"/organisations/{created.Id}", created);
    }

    public static IResult CreateKey(long id, AccessStore access, AuditTrail audit, ClaimsPrincipal user)
    {
        if (access.FindOrganisation(id) is not { } organisation) return RequestProblem.NotFound("Organisation", id.ToString(CultureInfo.InvariantCulture));
        var role = organisation.Kind switch { "chamber" => Role.Chamber, "coaching" => Role.Coach, _ => Role.Admin };
        var (keyId, key) = access.CreateKey(organisation.Id, role);
        audit.Action(Caller.From(user), "key.create", "key", keyId.ToString(CultureInfo.InvariantCulture), $"{organisation.Name} ({RoleNames.Of(role)})");
        return TypedResults.Created($"/keys/{keyId}", new CreatedKey(keyId, organisation.Id, RoleNames.Of(role), key));
    }

    public static IResult Revoke(long id, AccessStore access, AuditTrail audit, ClaimsPrincipal user)
    {
        if (!access.RevokeKey(id)) return RequestProblem.NotFound("Aktiver Schlüssel", id.ToString(CultureInfo.InvariantCulture));
        audit.Action(Caller.From(user), "key.revoke", "key", id.ToString(CultureInfo.InvariantCulture));
        return TypedResults.NoContent();
    }
}

/// <param name="Kind">chamber, coaching or operator.</param>
public sealed record OrganisationInput(string Name, string Kind);

/// <summary>A new key; <see cref="Key"/> is shown only in this answer and stored only as a hash.</summary>
public sealed record CreatedKey(long KeyId, long OrganisationId, string Role, string Key);
