namespace Matcher.Core.Scoring;

/// <summary>
/// A pair's components as its score multiplies them, each raised to its weight, all but the commute's: the product of
/// those before the commute (occupation fit, essential and optional skills, qualification, German, in that order) and
/// the two after it (moving up, preferences). The commute is the one component that needs the distance and a
/// travel-time estimate, so the batch takes these once per pair, bounds the score with a bound of the commute factor
/// and completes it with the exact one only for the pairs that can matter.
/// </summary>
public readonly record struct PairFactors(double BeforeCommute, double MovingUp, double Preferences)
{
    /// <summary>
    /// The score with <paramref name="commute"/> as the commute factor, multiplied in the score's order. Rounding a
    /// product is monotone, so a commute factor no smaller than the pair's gives a number no smaller than its score.
    /// </summary>
    public double With(double commute) => Math.Clamp(BeforeCommute * commute * MovingUp * Preferences, 0, 1);
}
