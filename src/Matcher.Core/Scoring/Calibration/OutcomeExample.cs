namespace Matcher.Core.Scoring.Calibration;

/// <summary>
/// One proposal whose outcome is known, as the weight fit sees it: the logarithm of each score component (in
/// <see cref="ScoreComponentKind"/> order) and whether it became a lasting placement. Nothing else about the person is
/// here: residence status, gender, age and origin are never features, only what the score itself is made of.
/// </summary>
public sealed record OutcomeExample(double[] LogComponents, bool Success)
{
    /// <summary>A component this small counts as this small (a knocked-out pair is never proposed, so never an example).</summary>
    public const double Floor = 1e-6;

    public static OutcomeExample From(MatchScore score, bool success)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new OutcomeExample(Features(score), success);
    }

    /// <summary>log(max(component, <see cref="Floor"/>)) for each component, in kind order.</summary>
    public static double[] Features(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var kinds = Enum.GetValues<ScoreComponentKind>();
        var features = new double[kinds.Length];
        foreach (var kind in kinds) features[(int)kind] = Math.Log(Math.Max(score[kind].Value, Floor));
        return features;
    }
}
