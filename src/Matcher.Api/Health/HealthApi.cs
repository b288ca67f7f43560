using Matcher.Api.Region;
using Matcher.Core.Taxonomy;

namespace Matcher.Api.Health;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth).WithTags("Health").WithName("GetHealth").AllowAnonymous();
        return app;
    }

    public static HealthResponse GetHealth(OccupationTaxonomy taxonomy, RegionStore region) =>
        new("ok", taxonomy.Occupations.Count, taxonomy.Skills.Count, region.Name, region.Current.Candidates.Count, region.Current.Vacancies.Count);
}

/// <summary>Liveness with what is loaded.</summary>
public sealed record HealthResponse(string Status, int Occupations, int Skills, string Region, int Candidates, int Vacancies);
