using System.Globalization;
using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring.Components;

/// <summary>
/// Beruflicher Aufstieg: whether the offer moves the person beyond helper-level work, or back.
/// <list type="bullet">
/// <item>Training serves people without a vocational qualification (apprenticeship 1, EQ 0.85: an entry step). With a
/// qualification that is not (yet) recognised, recognition comes first (0.7). A recognised skilled worker belongs in skilled
/// work: training as a re-start they asked for (0.8), else 0.35, whatever occupations they named.</item>
/// <item>Skilled work is the goal (1). Helper work is 0.9 for someone without a qualification, 0.7 below an unrecognised
/// qualification, 0.6 after skilled work, 0.45 below a recognised qualification.</item>
/// <item>Less pay than the current job: 0.8 of that.</item>
/// </list>
/// </summary>
internal static class MovingUpComponent
{
    public static double Value(Candidate candidate, in VacancyFacts vacancy, bool askedForTraining, List<Finding>? f)
    {
        var value = ByLevel(candidate, vacancy.IsTraining, vacancy.Kind == VacancyKind.Apprenticeship, vacancy.RequiredLevel, askedForTraining, f);
        if (vacancy.IsTraining) return value;
        var hourly = vacancy.HourlyPay;
        if (vacancy.PayWellAboveMinimumWage) f?.Add(Finding.WithNumber(FindingCode.PayWellAboveMinimumWage, (double)hourly));
        if (candidate.CurrentJob is { } current)
        {
            if (hourly > current.HourlyWageEur) f?.Add(Finding.WithNumber(FindingCode.PayRiseOverCurrentJob, (double)(hourly - current.HourlyWageEur)));
            else if (hourly < current.HourlyWageEur)
            {
                value *= 0.8;
                f?.Add(Finding.WithNumber(FindingCode.PayBelowCurrentJob, (double)(current.HourlyWageEur - hourly)));
            }
        }
        return value;
    }

    /// <summary>The highest value any vacancy of this kind and level can give: the level part, no pay cut (an apprenticeship for training).</summary>
    public static double Bound(Candidate candidate, bool training, RequirementLevel level, bool askedForTraining) =>
        ByLevel(candidate, training, apprenticeship: true, level, askedForTraining, null);

    private static double ByLevel(Candidate candidate, bool training, bool apprenticeship, RequirementLevel level, bool askedForTraining, List<Finding>? f)
    {
        bool qualified = false, recognised = false;
        for (var qi = 0; qi < candidate.Qualifications.Count; qi++)
        {
            var q = candidate.Qualifications[qi];
            if (q.Level < RequirementLevel.Fachkraft) continue;
            qualified = true;
            recognised |= q.IsFullyValid;
        }
        if (training)
        {
            var entry = apprenticeship ? 1.0 : 0.85;
            if (!qualified)
            {
                f?.Add(Finding.Of(apprenticeship ? FindingCode.TrainingBuildsQualification : FindingCode.EqLeadsToApprenticeship));
                return entry;
            }
            if (!recognised)
            {
                f?.Add(Finding.Of(FindingCode.RecognitionBeforeTraining));
                return 0.7 * entry;
            }
            f?.Add(Finding.Of(askedForTraining ? FindingCode.RestartInNewField : FindingCode.TrainingDespiteRecognisedQualification));
            return (askedForTraining ? 0.8 : 0.35) * entry;
        }

        if (level >= RequirementLevel.Fachkraft)
        {
            if (candidate.CurrentJob is { } job && level > job.Level)
                f?.Add(Finding.Of(FindingCode.StepUpFromCurrentJob, ((int)job.Level).ToString(CultureInfo.InvariantCulture), ((int)level).ToString(CultureInfo.InvariantCulture)));
            else if (candidate.CurrentJob is null || candidate.CurrentJob.Level == RequirementLevel.Helfer)
                f?.Add(Finding.Of(FindingCode.SkilledWorkInsteadOfHelper));
            return 1;
        }
        if (qualified)
        {
            f?.Add(Finding.Of(FindingCode.HelperJobBelowQualification));
            if (!recognised) f?.Add(Finding.Of(FindingCode.SuggestRecognition));
            return recognised ? 0.45 : 0.7;
        }
        if (candidate.CurrentJob is { Level: >= RequirementLevel.Fachkraft })
        {
            f?.Add(Finding.Of(FindingCode.RetreatFromSkilledJob));
            return 0.6;
        }
        f?.Add(Finding.Of(FindingCode.HelperWorkOnly));
        return 0.9;
    }
}
