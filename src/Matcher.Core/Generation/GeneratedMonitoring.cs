using Matcher.Core.People;
using Matcher.Core.Residence;

namespace Matcher.Core.Generation;

/// <summary>
/// Made-up equal-treatment monitoring data for generated people (the demo region, benchmarks), so that disparity
/// reports and group constraints have groups: about four in five volunteer it; 58 % men, 41 % women, 1 % diverse; ages
/// 18 and up, most under 35; origin follows the residence title (temporary protection: Ukraine).
/// </summary>
public sealed record GeneratedMonitoring(string Gender, int BirthYear, string OriginRegion)
{
    /// <summary>The data <paramref name="candidate"/> volunteers, or null; draws from <paramref name="random"/> in a fixed order.</summary>
    public static GeneratedMonitoring? Draw(Candidate candidate, DateOnly today, Random random)
    {
        if (random.NextDouble() < 0.2) return null;
        var gender = random.NextDouble() switch { < 0.58 => "male", < 0.99 => "female", _ => "diverse" };
        var origin = candidate.Residence.Title == ResidenceTitle.VoruebergehenderSchutz ? "ukraine"
            : random.NextDouble() switch { < 0.45 => "middle-east", < 0.6 => "sub-saharan-africa", < 0.7 => "north-africa", < 0.85 => "south-asia", < 0.92 => "eastern-europe", _ => "other" };
        return new GeneratedMonitoring(gender, today.Year - 18 - (int)(random.NextDouble() * random.NextDouble() * 40), origin);
    }
}
