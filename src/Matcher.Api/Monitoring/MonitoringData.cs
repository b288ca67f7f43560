namespace Matcher.Api.Monitoring;

/// <summary>
/// What a person may volunteer for equal-treatment monitoring (§ 5 AGG positive measures, the disparity report): never
/// part of the matched profile, never a score input, never shown to chambers, erased with the person. Every field may
/// be left out.
/// </summary>
/// <param name="Gender">female, male or diverse.</param>
/// <param name="BirthYear">For the age band (under 25, 25–34, 35–49, 50 and over).</param>
/// <param name="OriginRegion">One of <see cref="MonitoringCodes.OriginRegions"/>.</param>
public sealed record MonitoringData(string? Gender = null, int? BirthYear = null, string? OriginRegion = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Gender is null && BirthYear is null && OriginRegion is null;
}
