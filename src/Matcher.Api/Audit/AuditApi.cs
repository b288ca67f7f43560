using System.Globalization;
using Matcher.Api.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matcher.Api.Audit;

/// <summary><c>GET /audit</c>: the audit log for the operator, newest first.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/audit", List).WithTags("Audit").WithName("ListAudit").RequireAuthorization(p => p.RequireRole("admin"));
        return app;
    }

    public static Results<Ok<IReadOnlyList<AuditEntry>>, ValidationProblem> List(string? subject, string? since, string? limit, string? offset, AuditTrail trail)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Parse(limit, offset, 100, 1000, errors);
        DateTimeOffset? from = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) from = parsed;
            else errors["since"] = [$"'{since}' ist kein Zeitpunkt (ISO 8601, z. B. 2026-11-22T09:00:00Z)."];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage");
        return TypedResults.Ok(trail.Read(string.IsNullOrWhiteSpace(subject) ? null : subject, from, page.Limit, page.Offset));
    }
}
