namespace Matcher.Api.Runs;

/// <summary>
/// Side constraints the operator sets for one run; both off when null.
/// </summary>
/// <param name="MaxNewHiresPerEmployer">At most this many proposals per employer across all its vacancies (a small firm can accompany only so many newcomers at once).</param>
/// <param name="MaxChanges">At most this many of the previous completed run's proposals may change.</param>
/// <param name="MinWomenRatePercent">The share of women with a proposal at least this % of the men's (by the voluntary monitoring data).</param>
/// <param name="MinYoungTrainingSharePercent">At least this % of the proposed training places go to people under 25 (by their birth year).</param>
public sealed record RunLimits(int? MaxNewHiresPerEmployer, int? MaxChanges, int? MinWomenRatePercent = null, int? MinYoungTrainingSharePercent = null)
{
    public static RunLimits None { get; } = new(null, null);

    /// <summary>Largest value accepted for either limit.</summary>
    public const int MaxValue = 1_000_000;

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => MaxNewHiresPerEmployer is null && MaxChanges is null && MinWomenRatePercent is null && MinYoungTrainingSharePercent is null;
}
