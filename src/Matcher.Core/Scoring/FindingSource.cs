namespace Matcher.Core.Scoring;

/// <summary>Where an occupation in a finding comes from: what the person learned, or what they do now.</summary>
public static class FindingSource
{
    /// <summary>A qualification the person holds.</summary>
    public const string Learned = "learned";

    /// <summary>The person's current job.</summary>
    public const string Practised = "practised";
}
