using Matcher.Api.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matcher.Api.Setup;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>): the <c>X-Api-Key</c> scheme on every operation that needs a key, with its
/// 401 and (where roles are restricted) 403 and the roles that may call it; and the bodies and answers of endpoints that read
/// their body themselves (strictly, see <see cref="StrictJson"/>), which the framework cannot see.
/// </summary>
public static class ApiDocumentation
{
    public const string ApiKeyScheme = "ApiKey";

    public static IServiceCollection AddMatcherOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Matcher";
            document.Info.Description = "Vacancies of chambers, people of job coaches, explained shortlists and nightly match runs. "
                + "Errors are RFC 7807 problem details naming the field and the reason, in German.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Access.ApiKeyAuthenticationHandler.Header,
                Description = "A key of the caller's organisation (mk_…); its role follows the organisation: chamber, coach or admin.",
            };
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            DescribeConvertedType(schema, context.JsonTypeInfo.Type);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            // An import's CSV body is text in the format docs/service.md describes, not a JSON array.
            if (operation.RequestBody?.Content is { } content && content.TryGetValue("text/csv", out var csv))
                csv.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "CSV: a header row with the field names, one record per row (see docs/service.md)." };
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any()) return Task.CompletedTask;
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] });
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No key, or an unknown or revoked one." });
            var roles = metadata.OfType<AuthorizationPolicy>().SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>()
                .Select(r => r.AllowedRoles.ToHashSet()).Aggregate((HashSet<string>?)null, (all, next) => all is null ? next : [.. all.Intersect(next)]);
            if (roles is not null)
            {
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The key's role may not do this; allowed: {string.Join(", ", roles.Order())}." });
                operation.Description = (operation.Description is null ? "" : operation.Description + " ") + $"Roles: {string.Join(", ", roles.Order())}.";
            }
            if (context.Description.HttpMethod is "POST" or "PUT" or "DELETE")
                operation.Responses.TryAdd("503", new OpenApiResponse { Description = "The region is busy or the database is locked; retry after the Retry-After header's seconds. Nothing was stored." });
            return Task.CompletedTask;
        });
    });

    // Types with their own JSON converters: say what the converter reads and writes.
    private static void DescribeConvertedType(OpenApiSchema schema, Type type)
    {
        if (type == typeof(Core.OccupationCode))
        {
            schema.Type = JsonSchemaType.String;
            schema.Pattern = "^[0-9]{5}$";
        }
        else if (type == typeof(Core.GeoPoint))
        {
            schema.Type = JsonSchemaType.Object;
            schema.Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["latitude"] = new OpenApiSchema { Type = JsonSchemaType.Number, Minimum = "-90", Maximum = "90" },
                ["longitude"] = new OpenApiSchema { Type = JsonSchemaType.Number, Minimum = "-180", Maximum = "180" },
            };
            schema.Required = new HashSet<string> { "latitude", "longitude" };
        }
        else if (type == typeof(IReadOnlySet<string>))
        {
            schema.Type = JsonSchemaType.Array;
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
            schema.UniqueItems = true;
        }
        else if (type.IsEnum && type.IsDefined(typeof(FlagsAttribute), false))
        {
            schema.Type = JsonSchemaType.String;
            schema.Description = (schema.Description is null ? "" : schema.Description + " ")
                + $"Several separated by commas, e.g. \"{string.Join(", ", Enum.GetNames(type).Where(n => n != "None").Take(2))}\"; one of: {string.Join(", ", Enum.GetNames(type))}.";
        }
    }

    /// <summary>A JSON body of <typeparamref name="TBody"/>, read strictly: 400 with the fields, 413 too large, 415 not JSON.</summary>
    public static RouteHandlerBuilder TakesJson<TBody>(this RouteHandlerBuilder builder) where TBody : notnull => builder
        .Accepts<TBody>("application/json")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>A bulk import of <typeparamref name="TRow"/> records (JSON array or CSV): 200 with the report, 422 when bad rows stopped it.</summary>
    public static RouteHandlerBuilder TakesImport<TRow>(this RouteHandlerBuilder builder) where TRow : notnull => builder
        .Accepts<List<TRow>>("application/json", "text/csv")
        .Produces<ImportReport>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
