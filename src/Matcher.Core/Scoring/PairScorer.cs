using System.Collections.Immutable;
using Matcher.Core.People;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring;

/// <summary>
/// Scores one candidate against one vacancy: eight components in [0, 1], each with its evidence, and
/// the hard knock-outs kept apart. Residence status is never read here: it is a legal gate
/// (see <see cref="Eligibility.EligibilityChecker"/>), not a quality.
/// </summary>
public sealed class PairScorer(OccupationTaxonomy taxonomy, ScoringWeights weights)
{
    /// <summary>A candidate available this many days after the start still counts.</summary>
    public const int AvailabilityGraceDays = 90;

    public OccupationTaxonomy Taxonomy => taxonomy;

    /// <summary>Knock-out: the vacancy needs a driving licence the candidate lacks.</summary>
    public static bool LacksDrivingLicence(Candidate candidate, Vacancy vacancy) => vacancy.DrivingLicenceRequired && !candidate.Mobility.HasDrivingLicence;

    /// <summary>Knock-out: available more than <see cref="AvailabilityGraceDays"/> after the (effective) start.</summary>
    public static bool AvailableTooLate(Candidate candidate, Vacancy vacancy, DateOnly on) =>
        candidate.AvailableFrom > (vacancy.StartDate > on ? vacancy.StartDate : on).AddDays(AvailabilityGraceDays);

    /// <summary>Knock-out: German more than one level below the requirement.</summary>
    public static bool GermanGapTooLarge(Candidate candidate, Vacancy vacancy) => vacancy.MinimumGerman - candidate.GermanLevel > 1;

    /// <summary>Knock-out: a job in a regulated profession without a fully valid qualification in its field at its level.</summary>
    public bool RegulatedWithoutRecognition(Candidate candidate, Vacancy vacancy) =>
        !vacancy.IsTraining && (taxonomy.Find(vacancy.Occupation)?.IsRegulated ?? false)
        && !candidate.Qualifications.Any(q => q.IsFullyValid && q.Occupation.Subgroup == vacancy.Occupation.Subgroup && q.Level >= vacancy.RequiredLevel);

    /// <summary>Knock-out: pay below the statutory minimum wage or minimum apprenticeship pay on the start date.</summary>
    public static bool PayBelowStatutoryMinimum(Vacancy vacancy, DateOnly on) => StatutoryMinimumMissed(vacancy, on) is not null;

    private static decimal? StatutoryMinimumMissed(Vacancy vacancy, DateOnly on)
    {
        var start = vacancy.StartDate > on ? vacancy.StartDate : on;
        if (vacancy.Kind == VacancyKind.Einstiegsqualifizierung) return null;
        if (vacancy.Kind == VacancyKind.Apprenticeship)
        {
            if (vacancy.Pay.Period != PayPeriod.Month) return null;
            var floor = StatutoryPay.MinimumApprenticeshipPay(start);
            return vacancy.Pay.AmountEur < floor ? floor : null;
        }
        var minimum = StatutoryPay.MinimumWagePerHour(start);
        return HourlyPay(vacancy) < minimum ? minimum : null;
    }

    private static decimal HourlyPay(Vacancy vacancy) => vacancy.Pay.Period == PayPeriod.Hour
        ? vacancy.Pay.AmountEur
        : vacancy.Pay.AmountEur / (decimal)Math.Max(1, vacancy.WeeklyHours * 52 / 12);

    public ScoringWeights Weights => weights;

    /// <summary>Scores the pair as things stand on <paramref name="on"/> (used for pay floors and start dates).</summary>
    public MatchScore Score(Candidate candidate, Vacancy vacancy, DateOnly on)
    {
        var knockOuts = ImmutableArray.CreateBuilder<KnockOut>();
        var commute = CommuteEstimator.Estimate(candidate, vacancy);
        var components = ImmutableArray.Create(
            OccupationFit(candidate, vacancy),
            Skills(candidate, vacancy, essential: true),
            Skills(candidate, vacancy, essential: false),
            Qualification(candidate, vacancy, knockOuts),
            German(candidate, vacancy, knockOuts),
            Commute(commute, knockOuts),
            MovingUp(candidate, vacancy, on),
            Preferences(candidate, vacancy));

        if (StatutoryMinimumMissed(vacancy, on) is { } floor)
            knockOuts.Add(new KnockOut(KnockOutReason.PayBelowStatutoryMinimum, [], (double)floor));
        if (LacksDrivingLicence(candidate, vacancy))
            knockOuts.Add(KnockOut.Of(KnockOutReason.DrivingLicenceMissing));
        if (AvailableTooLate(candidate, vacancy, on))
            knockOuts.Add(KnockOut.Of(KnockOutReason.NotAvailableInTime, candidate.AvailableFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

        double weighted = 0, total = 0;
        foreach (var c in components)
        {
            weighted += c.Weight * c.Value;
            total += c.Weight;
        }
        var value = knockOuts.Count > 0 || total <= 0 ? 0 : Math.Clamp(weighted / total, 0, 1);
        return new MatchScore(value, components, knockOuts.ToImmutable(), commute);
    }

    private ScoreComponent Component(ScoreComponentKind kind, double value, params Finding[] findings) =>
        new(kind, Math.Clamp(value, 0, 1), weights.For(kind), [.. findings]);

    private static ScoreComponent NotApplicable(ScoreComponentKind kind) => new(kind, 0, 0, []);

    private ScoreComponent OccupationFit(Candidate candidate, Vacancy vacancy)
    {
        var (value, finding) = (0.0, Finding.Of(FindingCode.NoRelatedOccupation));
        foreach (var own in LearnedOrPractised(candidate))
        {
            var (v, code) = taxonomy.Kinship(own, vacancy.Occupation) switch
            {
                OccupationKinship.Same => (1.0, FindingCode.SameOccupation),
                OccupationKinship.SameSubgroup => (0.8, FindingCode.SameFieldOtherLevel),
                OccupationKinship.SameGroup => (0.6, FindingCode.SameOccupationGroup),
                OccupationKinship.SharedSkills => (0.25 + 0.5 * taxonomy.EssentialSkillOverlap(own, vacancy.Occupation), FindingCode.RelatedBySharedSkills),
                _ => (0.0, FindingCode.NoRelatedOccupation),
            };
            if (v > value) (value, finding) = (v, Finding.Of(code, own.ToString()));
        }
        if (vacancy.IsTraining && value < 0.5)
            (value, finding) = (0.5, Finding.Of(FindingCode.TrainingNeedsNoPriorExperience));
        return Component(ScoreComponentKind.OccupationFit, value, finding);
    }

    private ScoreComponent Skills(Candidate candidate, Vacancy vacancy, bool essential)
    {
        var kind = essential ? ScoreComponentKind.EssentialSkills : ScoreComponentKind.OptionalSkills;
        var own = essential ? vacancy.EssentialSkills : vacancy.OptionalSkills;
        IReadOnlyList<string> required = own.Count > 0 ? own
            : essential ? taxonomy.EssentialSkills(vacancy.Occupation) : taxonomy.OptionalSkills(vacancy.Occupation);
        if (required.Count == 0) return NotApplicable(kind);

        var matched = new List<string>();
        var missing = new List<string>();
        foreach (var skill in required) (Holds(candidate, skill) ? matched : missing).Add(skill);
        var coverage = (double)matched.Count / required.Count;
        var findings = new List<Finding>(3);
        if (matched.Count > 0) findings.Add(new Finding(FindingCode.SkillsMatched, [.. matched]));
        if (missing.Count > 0) findings.Add(new Finding(vacancy.IsTraining ? FindingCode.SkillsLearnedInTraining : FindingCode.SkillsMissing, [.. missing]));
        // In training the skills are what is taught: missing ones cost only half.
        var value = vacancy.IsTraining ? 0.5 + 0.5 * coverage : coverage;
        return Component(kind, value, [.. findings]);
    }

    /// <summary>
    /// A skill counts when shown, implied by a driving licence, or essential to an occupation the person is
    /// qualified in, unless a partial-recognition notice lists it as a substantial difference (by id or German label).
    /// </summary>
    private bool Holds(Candidate candidate, string skill)
    {
        if (candidate.Skills.Contains(skill)) return true;
        if (skill == "driving-licence-b" && candidate.Mobility.HasDrivingLicence) return true;
        foreach (var q in candidate.Qualifications)
        {
            if (!taxonomy.EssentialSkills(q.Occupation).Contains(skill)) continue;
            if (q.RecognitionGaps.Count == 0) return true;
            var label = taxonomy.Skills.TryGetValue(skill, out var s) ? s.LabelDe : skill;
            if (!q.RecognitionGaps.Any(g => g == skill || string.Equals(g, label, StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    private ScoreComponent Qualification(Candidate candidate, Vacancy vacancy, ImmutableArray<KnockOut>.Builder knockOuts)
    {
        if (RegulatedWithoutRecognition(candidate, vacancy))
            knockOuts.Add(KnockOut.Of(KnockOutReason.RegulatedWithoutRecognition, vacancy.Occupation.ToString()));
        if (vacancy.IsTraining || vacancy.RequiredLevel == RequirementLevel.Helfer)
            return Component(ScoreComponentKind.Qualification, 1, Finding.Of(FindingCode.NoQualificationNeeded));

        var (value, findings) = (0.15, new[] { Finding.Of(FindingCode.NoMatchingQualification) });
        foreach (var q in candidate.Qualifications)
        {
            if (q.Level < vacancy.RequiredLevel) continue;
            var kinship = taxonomy.Kinship(q.Occupation, vacancy.Occupation);
            if (kinship is not (OccupationKinship.Same or OccupationKinship.SameSubgroup or OccupationKinship.SameGroup)) continue;
            var factor = kinship == OccupationKinship.SameGroup ? 0.8 : 1.0;
            var code = q.Occupation.ToString();
            var (v, f) = q.Recognition switch
            {
                RecognitionState.Full or RecognitionState.NotRequired => (1.0, new[] { Finding.Of(FindingCode.QualificationFullyValid, code) }),
                RecognitionState.Partial => (0.7, new[]
                {
                    new Finding(FindingCode.QualificationPartiallyRecognised, [code, .. q.RecognitionGaps]),
                    Finding.Of(FindingCode.SuggestAnpassungsqualifizierung, [.. q.RecognitionGaps]),
                }),
                RecognitionState.Pending => (0.6, new[] { Finding.Of(FindingCode.QualificationRecognitionPending, code) }),
                _ => (0.45, new[] { Finding.Of(FindingCode.QualificationNotRecognised, code), Finding.Of(FindingCode.SuggestRecognition, code) }),
            };
            if (factor < 1) f = [Finding.Of(FindingCode.QualificationInRelatedOccupation, code), .. f];
            if (v * factor > value) (value, findings) = (v * factor, f);
        }
        if (value < 0.5 && candidate.CurrentJob is { } job && job.Occupation.Subgroup == vacancy.Occupation.Subgroup && job.Level >= vacancy.RequiredLevel)
            (value, findings) = (0.5, [Finding.Of(FindingCode.ExperienceWithoutCertificate, job.Occupation.ToString())]);
        return Component(ScoreComponentKind.Qualification, value, findings);
    }

    private ScoreComponent German(Candidate candidate, Vacancy vacancy, ImmutableArray<KnockOut>.Builder knockOuts)
    {
        var have = candidate.GermanLevel;
        var need = vacancy.MinimumGerman;
        var levels = new[] { have.ToString(), need.ToString() };
        if (have >= need) return Component(ScoreComponentKind.German, 1, Finding.Of(FindingCode.GermanSufficient, levels));
        if (!GermanGapTooLarge(candidate, vacancy))
            return Component(ScoreComponentKind.German, 0.5, Finding.Of(FindingCode.GermanOneLevelBelow, levels), Finding.Of(FindingCode.SuggestGermanCourse, need.ToString()));
        knockOuts.Add(KnockOut.Of(KnockOutReason.GermanGapTooLarge, levels));
        return Component(ScoreComponentKind.German, 0, Finding.Of(FindingCode.GermanOneLevelBelow, levels));
    }

    /// <summary>Full marks up to half an hour a day, then falling linearly to 0.2 at the candidate's limit.</summary>
    private ScoreComponent Commute(CommuteEstimate commute, ImmutableArray<KnockOut>.Builder knockOuts)
    {
        const int Comfortable = 30;
        var mode = commute.Mode.ToString();
        var findings = new List<Finding>(2);
        double value;
        if (commute.DailyMinutes > commute.LimitMinutes)
        {
            knockOuts.Add(new KnockOut(KnockOutReason.CommuteTooLong, [mode], commute.DailyMinutes));
            value = 0;
        }
        else if (commute.DailyMinutes <= Comfortable)
        {
            value = 1;
            findings.Add(Finding.WithNumber(FindingCode.CommuteShort, commute.DailyMinutes, mode));
        }
        else
        {
            var span = Math.Max(1, commute.LimitMinutes - Comfortable);
            value = 1 - 0.8 * (commute.DailyMinutes - Comfortable) / span;
            findings.Add(Finding.WithNumber(FindingCode.CommuteWithinLimit, commute.DailyMinutes, mode));
        }
        if (commute.DailyMinutes > commute.StatutoryLimitMinutes)
            findings.Add(Finding.WithNumber(FindingCode.CommuteExceedsSgb3Reasonableness, commute.StatutoryLimitMinutes));
        return Component(ScoreComponentKind.Commute, value, [.. findings]);
    }

    private ScoreComponent MovingUp(Candidate candidate, Vacancy vacancy, DateOnly on)
    {
        var value = 0.5;
        var findings = new List<Finding>(4);
        var start = vacancy.StartDate > on ? vacancy.StartDate : on;
        var qualifiedLevel = candidate.Qualifications.Where(q => q.IsFullyValid).Select(q => (RequirementLevel?)q.Level).Max();
        var anySkilledQualification = candidate.Qualifications.Any(q => q.Level >= RequirementLevel.Fachkraft);

        if (vacancy.IsTraining)
        {
            if (!candidate.HasVocationalQualification)
            {
                value += vacancy.Kind == VacancyKind.Apprenticeship ? 0.35 : 0.25;
                findings.Add(Finding.Of(vacancy.Kind == VacancyKind.Apprenticeship ? FindingCode.TrainingBuildsQualification : FindingCode.EqLeadsToApprenticeship));
            }
            return Component(ScoreComponentKind.MovingUp, value, [.. findings]);
        }

        if (candidate.CurrentJob is { } job && vacancy.RequiredLevel > job.Level)
        {
            value += 0.25;
            findings.Add(Finding.Of(FindingCode.StepUpFromCurrentJob, ((int)job.Level).ToString(System.Globalization.CultureInfo.InvariantCulture), ((int)vacancy.RequiredLevel).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (vacancy.RequiredLevel >= RequirementLevel.Fachkraft && (candidate.CurrentJob is null || candidate.CurrentJob.Level == RequirementLevel.Helfer))
        {
            value += 0.15;
            findings.Add(Finding.Of(FindingCode.SkilledWorkInsteadOfHelper));
        }
        if (vacancy.RequiredLevel == RequirementLevel.Helfer && anySkilledQualification)
        {
            var recognised = qualifiedLevel >= RequirementLevel.Fachkraft;
            value -= recognised ? 0.35 : 0.2;
            findings.Add(Finding.Of(FindingCode.HelperJobBelowQualification));
            if (!recognised) findings.Add(Finding.Of(FindingCode.SuggestRecognition));
        }

        var hourly = HourlyPay(vacancy);
        if (hourly >= StatutoryPay.MinimumWagePerHour(start) * 1.2m)
        {
            value += 0.1;
            findings.Add(Finding.WithNumber(FindingCode.PayWellAboveMinimumWage, (double)hourly));
        }
        if (candidate.CurrentJob is { } current)
        {
            if (hourly > current.HourlyWageEur) { value += 0.1; findings.Add(Finding.WithNumber(FindingCode.PayRiseOverCurrentJob, (double)(hourly - current.HourlyWageEur))); }
            else if (hourly < current.HourlyWageEur) { value -= 0.1; findings.Add(Finding.WithNumber(FindingCode.PayBelowCurrentJob, (double)(current.HourlyWageEur - hourly))); }
        }
        return Component(ScoreComponentKind.MovingUp, value, [.. findings]);
    }

    private ScoreComponent Preferences(Candidate candidate, Vacancy vacancy)
    {
        var prefs = candidate.Preferences;
        var findings = new List<Finding>(4);
        double sum = 0;
        var parts = 0;

        if (prefs.DesiredOccupations.Count > 0)
        {
            var best = prefs.DesiredOccupations.Select(d => taxonomy.Kinship(d, vacancy.Occupation)).Min();
            var (v, code) = best switch
            {
                OccupationKinship.Same => (1.0, FindingCode.DesiredOccupation),
                OccupationKinship.SameSubgroup or OccupationKinship.SameGroup => (0.7, FindingCode.DesiredOccupationField),
                _ => (0.2, FindingCode.NotADesiredOccupation),
            };
            sum += v; parts++; findings.Add(Finding.Of(code));
        }

        var hours = 1.0;
        if (prefs.WantsPartTime && vacancy.WeeklyHours > 30) { hours = 0.3; findings.Add(Finding.WithNumber(FindingCode.FullTimeButPartTimeWanted, vacancy.WeeklyHours)); }
        else if (!prefs.WantsPartTime && vacancy.WeeklyHours < 20) { hours = 0.5; findings.Add(Finding.WithNumber(FindingCode.PartTimeButFullTimeWanted, vacancy.WeeklyHours)); }
        else findings.Add(Finding.WithNumber(FindingCode.HoursFit, vacancy.WeeklyHours));
        sum += hours; parts++;

        if (vacancy.Shifts)
        {
            sum += prefs.AcceptsShifts ? 1 : 0; parts++;
            if (!prefs.AcceptsShifts) findings.Add(Finding.Of(FindingCode.ShiftsNotAccepted));
        }
        if (vacancy.IsTraining)
        {
            sum += prefs.InterestedInApprenticeship ? 1 : 0.3; parts++;
            findings.Add(Finding.Of(prefs.InterestedInApprenticeship ? FindingCode.TrainingWanted : FindingCode.TrainingNotWanted));
        }
        return Component(ScoreComponentKind.Preferences, sum / parts, [.. findings]);
    }

    private static IEnumerable<OccupationCode> LearnedOrPractised(Candidate candidate)
    {
        foreach (var q in candidate.Qualifications) yield return q.Occupation;
        if (candidate.CurrentJob is { } job) yield return job.Occupation;
    }
}
