using Matcher.Core.People;
using Matcher.Core.Taxonomy;

namespace Matcher.Core.Scoring.Components;

/// <summary>
/// Wünsche: what the person said they want, as a product of factors: a desired occupation (1; its field 0.95; another
/// 0.85; none named 0.95), hours (part-time wanted but over 30 hours 0.55; full-time wanted but under 20 hours 0.75),
/// shifts not accepted (0.35), and for training the wish to train (1; not wanted but in a desired occupation's field 0.6;
/// not wanted 0.35).
/// </summary>
internal static class PreferencesComponent
{
    /// <summary>The best kinship between a desired occupation and <paramref name="occupation"/>; null when none is named.</summary>
    public static OccupationKinship? Desired(OccupationTaxonomy taxonomy, Candidate candidate, OccupationCode occupation)
    {
        var desired = candidate.Preferences.DesiredOccupations;
        if (desired.Count == 0) return null;
        var best = OccupationKinship.Unrelated;
        for (var di = 0; di < desired.Count; di++)
        {
            var k = taxonomy.Kinship(desired[di], occupation);
            if (k < best) best = k;
        }
        return best;
    }

    /// <summary>The person said they would start an apprenticeship or EQ: the only thing that counts as asking for training.</summary>
    public static bool AskedForTraining(Candidate candidate) => candidate.Preferences.InterestedInApprenticeship;

    public static double Value(Candidate candidate, in VacancyFacts vacancy, OccupationKinship? desired, List<Finding>? f)
    {
        var value = DesiredPart(candidate, vacancy.IsTraining, desired, f);
        var prefs = candidate.Preferences;
        if (prefs.WantsPartTime && vacancy.WeeklyHours > 30) { value *= 0.55; f?.Add(Finding.WithNumber(FindingCode.FullTimeButPartTimeWanted, vacancy.WeeklyHours)); }
        else if (!prefs.WantsPartTime && vacancy.WeeklyHours < 20) { value *= 0.75; f?.Add(Finding.WithNumber(FindingCode.PartTimeButFullTimeWanted, vacancy.WeeklyHours)); }
        else f?.Add(Finding.WithNumber(FindingCode.HoursFit, vacancy.WeeklyHours));
        if (vacancy.Shifts && !prefs.AcceptsShifts)
        {
            value *= 0.35;
            f?.Add(Finding.Of(FindingCode.ShiftsNotAccepted));
        }
        return value;
    }

    /// <summary>The part that depends only on the occupation and the training flag: an upper bound of <see cref="Value"/>.</summary>
    public static double DesiredPart(Candidate candidate, bool training, OccupationKinship? desired, List<Finding>? f)
    {
        var value = desired switch
        {
            null => 0.95,
            OccupationKinship.Same => 1.0,
            OccupationKinship.SameSubgroup or OccupationKinship.SameGroup => 0.95,
            _ => 0.85,
        };
        if (desired is { } d)
            f?.Add(Finding.Of(d switch
            {
                OccupationKinship.Same => FindingCode.DesiredOccupation,
                OccupationKinship.SameSubgroup or OccupationKinship.SameGroup => FindingCode.DesiredOccupationField,
                _ => FindingCode.NotADesiredOccupation,
            }));
        if (!training) return value;
        if (candidate.Preferences.InterestedInApprenticeship)
        {
            f?.Add(Finding.Of(FindingCode.TrainingWanted));
            return value;
        }
        if (desired is <= OccupationKinship.SameSubgroup)
        {
            f?.Add(Finding.Of(FindingCode.TrainingInDesiredField));
            return value * 0.6;
        }
        f?.Add(Finding.Of(FindingCode.TrainingNotWanted));
        return value * 0.35;
    }
}
