namespace Matcher.Core.People;

/// <summary>A completed vocational or academic qualification.</summary>
/// <param name="Occupation">The German reference occupation it corresponds to.</param>
/// <param name="Level">Requirement level the qualification prepares for.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country where it was obtained ("DE" for German ones).</param>
/// <param name="Recognition">State of the equivalence check.</param>
/// <param name="RecognitionGaps">For partial equivalence: the substantial differences the notice lists.</param>
public sealed record Qualification(
    OccupationCode Occupation,
    RequirementLevel Level,
    string Country,
    RecognitionState Recognition,
    IReadOnlyList<string> RecognitionGaps)
{
    /// <summary>True when the qualification counts as fully valid in Germany.</summary>
    public bool IsFullyValid => Recognition is RecognitionState.Full or RecognitionState.NotRequired;
}
