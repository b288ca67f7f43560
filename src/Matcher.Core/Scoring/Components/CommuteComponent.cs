namespace Matcher.Core.Scoring.Components;

/// <summary>
/// Arbeitsweg: 1 - 0.6 (daily / limit)^2 up to the person's own daily limit. A short way costs almost nothing; close to
/// the limit the estimate's error and the strain make it likelier that the person gives up (0.4 at the limit).
/// </summary>
internal static class CommuteComponent
{
    /// <summary>Daily minutes the findings call short.</summary>
    public const int ShortMinutes = 30;

    public static double Value(TravelMode mode, int daily, int limit, int statutory, List<Finding>? f)
    {
        var ratio = (double)daily / Math.Max(1, limit);
        var value = daily > limit ? 0 : 1 - 0.6 * ratio * ratio;
        f?.Add(Finding.WithNumber(daily <= ShortMinutes ? FindingCode.CommuteShort : FindingCode.CommuteWithinLimit, daily, mode.ToString()));
        if (daily > statutory) f?.Add(Finding.WithNumber(FindingCode.CommuteExceedsSgb3Reasonableness, statutory));
        return value;
    }
}
