using Matcher.Core;
using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Bench.Quality;

/// <summary>
/// What can be known of a pair from the records alone, as numbers for a learner: the service's score components and the
/// plain facts behind them. Nothing hidden (<see cref="HiddenPerson"/>) and nothing about residence goes in.
/// </summary>
public static class ObservedPair
{
    public const int Length = 26;

    public static float[] Features(PairScorer scorer, Candidate c, Vacancy v, DateOnly on)
    {
        var score = scorer.Score(c, v, on);
        var taxonomy = scorer.Taxonomy;
        var f = new float[Length];
        var i = 0;
        foreach (var component in score.Components) f[i++] = component.Weight > 0 ? (float)component.Value : -1;
        f[i++] = (float)score.Value;
        f[i++] = (float)v.Kind;
        f[i++] = (int)v.RequiredLevel;
        f[i++] = (int)c.GermanLevel - (int)v.MinimumGerman;
        f[i++] = (float)score.Commute.DailyMinutes / Math.Max(1, c.Mobility.MaxDailyCommuteMinutes);
        f[i++] = c.Preferences.InterestedInApprenticeship ? 1 : 0;
        f[i++] = c.Qualifications.Any(q => q.Level >= RequirementLevel.Fachkraft && q.IsFullyValid) ? 1 : 0;
        f[i++] = c.Qualifications.Any(q => q.Level >= RequirementLevel.Fachkraft) ? 1 : 0;
        f[i++] = (float)Best(c.Qualifications.Select(q => taxonomy.Kinship(q.Occupation, v.Occupation)));
        f[i++] = c.Qualifications.Where(q => taxonomy.Kinship(q.Occupation, v.Occupation) <= OccupationKinship.SameGroup).Select(q => (int)q.Recognition).DefaultIfEmpty(-1).Max();
        f[i++] = c.CurrentJob is { } job ? (float)taxonomy.Kinship(job.Occupation, v.Occupation) : 5;
        f[i++] = c.CurrentJob is { } j ? (int)j.Level : 0;
        f[i++] = (float)Best(c.Preferences.DesiredOccupations.Select(d => taxonomy.Kinship(d, v.Occupation)));
        f[i++] = v.Shifts && !c.Preferences.AcceptsShifts ? 1 : 0;
        f[i++] = c.Preferences.WantsPartTime && v.WeeklyHours > 30 ? 1 : !c.Preferences.WantsPartTime && v.WeeklyHours < 20 ? -1 : 0;
        f[i++] = c.Skills.Count;
        f[i++] = (float)score.Commute.DailyMinutes;
        f[i] = c.CurrentJob is { } w ? (float)(Hourly(v) - w.HourlyWageEur) : 0;
        return f;
    }

    private static OccupationKinship Best(IEnumerable<OccupationKinship> kinships) => kinships.DefaultIfEmpty(OccupationKinship.Unrelated).Min();

    private static decimal Hourly(Vacancy v) => v.Pay.Period == Matcher.Core.Vacancies.PayPeriod.Hour ? v.Pay.AmountEur : v.Pay.AmountEur / (decimal)Math.Max(1, v.WeeklyHours * 52 / 12);
}
