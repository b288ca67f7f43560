using Matcher.Core.Scoring;

namespace Matcher.Api.Explanations;

/// <summary>
/// What a chamber sees of a score. The commute is left out of it: a chamber that posts vacancies at several places
/// could otherwise read distances off the scores and triangulate where a person lives. The score without the commute
/// is the same for every workplace of the same offer, rounded to hundredths; the commute is told only as a coarse band.
/// </summary>
public static class EmployerScore
{
    /// <summary>The score with the commute component left out, rounded to two decimals (0 when knocked out).</summary>
    public static double Of(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (score.IsKnockedOut) return 0;
        var product = 1.0;
        foreach (var c in score.Components)
            if (c.Kind != ScoreComponentKind.Commute && c.Weight > 0) product *= Math.Pow(c.Value, c.Weight);
        return Math.Round(product, 2);
    }

    /// <summary>
    /// The daily commute as a band of two hours: all an employer needs to know (is it a long way?), and too coarse to
    /// locate anyone: within the band every workplace of a town looks the same. (Bands of an hour let a chamber with four
    /// vacancies around a town place people who commute by bus within 2 km.)
    /// </summary>
    public static string CommuteBand(int dailyMinutes) => dailyMinutes <= 120 ? "bis 2 Stunden am Tag" : "mehr als 2 Stunden am Tag";
}
