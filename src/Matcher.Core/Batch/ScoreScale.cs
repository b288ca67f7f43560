namespace Matcher.Core.Batch;

/// <summary>
/// Turns scores in [0, 1] into the solver's integer scores: score × 1,000,000, rounded to the nearest integer,
/// halves away from zero. Scores that differ by less than 5·10⁻⁷ may tie after rounding; among tied optima the
/// solver's choice is deterministic for the same input.
/// </summary>
public static class ScoreScale
{
    public const long UnitsPerScore = 1_000_000;

    public static long ToUnits(double score) => (long)Math.Round(score * UnitsPerScore, MidpointRounding.AwayFromZero);
}
