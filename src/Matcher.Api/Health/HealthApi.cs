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

    public static HealthResponse GetHealth(OccupationTaxonomy taxonomy, RegionStore region, Setup.WeightsInUse weights) =>
        new("ok", taxonomy.Occupations.Count, taxonomy.Skills.Count, region.Name, region.Current.Candidates.Count, region.Current.Vacancies.Count, weights);
}

/// <summary>Liveness with what is loaded.</summary>
/// <param name="ScoringWeights">The weights file scores are made with (name and SHA-256).</param>
public sealed record HealthResponse(string Status, int Occupations, int Skills, string Region, int Candidates, int Vacancies, Setup.WeightsInUse ScoringWeights);
