using System.Collections.Immutable;
using System.Globalization;
using Matcher.Core.People;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring;

/// <summary>
/// Scores one candidate against one vacancy: eight components in [0, 1], each with its evidence, and
/// the hard knock-outs kept apart. Residence status is never read here: it is a legal gate
/// (see <see cref="Eligibility.EligibilityChecker"/>), not a quality.
/// <para>
/// Each component computes its value and, only when asked for an explanation, its findings; so
/// <see cref="Score"/> (explained) and <see cref="ScoreValue(Candidate, Vacancy, DateOnly)"/> (the number alone, for the batch) share one
/// definition and always agree.
/// </para>
/// </summary>
public sealed class PairScorer(OccupationTaxonomy taxonomy, ScoringWeights weights)
{
    /// <summary>A candidate available this many days after the start still counts.</summary>
    public const int AvailabilityGraceDays = 90;

    /// <summary>Daily commuting minutes that earn full marks.</summary>
    private const int ComfortableCommuteMinutes = 30;

    private static readonly ScoreComponentKind[] Kinds = Enum.GetValues<ScoreComponentKind>();

    public OccupationTaxonomy Taxonomy => taxonomy;

    public ScoringWeights Weights => weights;

    // --- Knock-outs, shared with candidate generation --------------------------------------------

    /// <summary>Knock-out: the vacancy needs a driving licence the candidate lacks.</summary>
    public static bool LacksDrivingLicence(Candidate candidate, Vacancy vacancy) => vacancy.DrivingLicenceRequired && !candidate.Mobility.HasDrivingLicence;

    /// <summary>Knock-out: available more than <see cref="AvailabilityGraceDays"/> after the (effective) start.</summary>
    public static bool AvailableTooLate(Candidate candidate, Vacancy vacancy, DateOnly on) => candidate.AvailableFrom > LatestAvailability(vacancy, on);

    /// <summary>The last day a candidate may become available and still be considered for <paramref name="vacancy"/>.</summary>
    public static DateOnly LatestAvailability(Vacancy vacancy, DateOnly on) => EffectiveStart(vacancy, on).AddDays(AvailabilityGraceDays);

    /// <summary>Knock-out: German more than one level below the requirement.</summary>
    public static bool GermanGapTooLarge(Candidate candidate, Vacancy vacancy) => vacancy.MinimumGerman - candidate.GermanLevel > 1;

    /// <summary>Knock-out: a job in a regulated profession without a fully valid qualification in its field at its level.</summary>
    public bool RegulatedWithoutRecognition(Candidate candidate, Vacancy vacancy)
    {
        if (!IsRegulatedWork(vacancy)) return false;
        for (var qi = 0; qi < candidate.Qualifications.Count; qi++)
        {
            var q = candidate.Qualifications[qi];
            if (q.IsFullyValid && q.Occupation.Subgroup == vacancy.Occupation.Subgroup && q.Level >= vacancy.RequiredLevel) return false;
        }
        return true;
    }

    /// <summary>Work (not training) in a regulated profession: only a fully valid qualification opens it.</summary>
    public bool IsRegulatedWork(Vacancy vacancy) => !vacancy.IsTraining && (taxonomy.Find(vacancy.Occupation)?.IsRegulated ?? false);

    /// <summary>Knock-out: pay below the statutory minimum wage or minimum apprenticeship pay on the start date.</summary>
    public static bool PayBelowStatutoryMinimum(Vacancy vacancy, DateOnly on) => StatutoryMinimumMissed(vacancy, on) is not null;

    // --- Scoring -----------------------------------------------------------------------------------

    /// <summary>Scores the pair as things stand on <paramref name="on"/> (used for pay floors and start dates), with explanations.</summary>
    public MatchScore Score(Candidate candidate, Vacancy vacancy, DateOnly on)
    {
        var commute = CommuteEstimator.Estimate(candidate, vacancy);
        var knockOuts = ImmutableArray.CreateBuilder<KnockOut>();
        if (RegulatedWithoutRecognition(candidate, vacancy))
            knockOuts.Add(KnockOut.Of(KnockOutReason.RegulatedWithoutRecognition, vacancy.Occupation.ToString()));
        if (GermanGapTooLarge(candidate, vacancy))
            knockOuts.Add(KnockOut.Of(KnockOutReason.GermanGapTooLarge, candidate.GermanLevel.ToString(), vacancy.MinimumGerman.ToString()));
        if (commute.DailyMinutes > commute.LimitMinutes)
            knockOuts.Add(new KnockOut(KnockOutReason.CommuteTooLong, [commute.Mode.ToString()], commute.DailyMinutes));
        if (StatutoryMinimumMissed(vacancy, on) is { } floor)
            knockOuts.Add(new KnockOut(KnockOutReason.PayBelowStatutoryMinimum, [], (double)floor));
        if (LacksDrivingLicence(candidate, vacancy))
            knockOuts.Add(KnockOut.Of(KnockOutReason.DrivingLicenceMissing));
        if (AvailableTooLate(candidate, vacancy, on))
            knockOuts.Add(KnockOut.Of(KnockOutReason.NotAvailableInTime, candidate.AvailableFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        var components = ImmutableArray.CreateBuilder<ScoreComponent>(Kinds.Length);
        double weighted = 0, total = 0;
        foreach (var kind in Kinds)
        {
            var findings = new List<Finding>(3);
            var value = Math.Clamp(Compute(kind, candidate, vacancy, on, commute.Mode, commute.DailyMinutes, commute.StatutoryLimitMinutes, findings, out var applies), 0, 1);
            var weight = applies ? weights.For(kind) : 0;
            components.Add(new ScoreComponent(kind, applies ? value : 0, weight, [.. findings]));
            weighted += weight * value;
            total += weight;
        }
        var result = knockOuts.Count > 0 || total <= 0 ? 0 : Math.Clamp(weighted / total, 0, 1);
        return new MatchScore(result, components.MoveToImmutable(), knockOuts.ToImmutable(), commute);
    }

    /// <summary>The same number as <c>Score(...).Value</c>, without building the explanation.</summary>
    public double ScoreValue(Candidate candidate, Vacancy vacancy, DateOnly on) => TryScoreValue(candidate, vacancy, on, out var value) ? value : 0;

    /// <summary>
    /// False when the pair is knocked out (<c>Score(...).IsKnockedOut</c>); otherwise <paramref name="value"/> is
    /// <c>Score(...).Value</c> to the last bit, computed without the explanation.
    /// </summary>
    public bool TryScoreValue(Candidate candidate, Vacancy vacancy, DateOnly on, out double value)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(vacancy);
        var facts = FactsOf(vacancy, on);
        var distance = candidate.Home.DistanceKmTo(vacancy.Location);
        if (KnockedOut(candidate, vacancy, facts, distance, out var mode, out var daily))
        {
            value = 0;
            return false;
        }
        var essential = Skills(candidate, vacancy, essential: true, null, out var essentialApplies);
        var optional = Skills(candidate, vacancy, essential: false, null, out var optionalApplies);
        value = Combine(candidate, vacancy, facts, mode, daily, OccupationPartOf(candidate, vacancy), essential, essentialApplies, optional, optionalApplies);
        return true;
    }

    /// <summary>What scoring needs of <paramref name="vacancy"/> that does not depend on the candidate, as things stand on <paramref name="on"/>.</summary>
    public VacancyFacts FactsOf(Vacancy vacancy, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        return new VacancyFacts(PayBelowStatutoryMinimum(vacancy, on), IsRegulatedWork(vacancy), LatestAvailability(vacancy, on),
            HourlyPay(vacancy), PayWellAboveMinimumWage(vacancy, on), CommuteEstimator.StatutoryLimitMinutes(vacancy));
    }

    /// <summary>Readies <paramref name="vacancies"/> for scoring many candidates against them as things stand on <paramref name="on"/>.</summary>
    public PreparedVacancies Prepare(IReadOnlyList<Vacancy> vacancies, DateOnly on) => new(vacancies, on, this);

    /// <summary>
    /// <see cref="ScoreValue(Candidate, Vacancy, DateOnly)"/> for the vacancy at <paramref name="vacancyIndex"/> of
    /// <paramref name="memo"/>'s prepared list, with the straight-line distance already known. Skills are matched by
    /// integer id and the occupation-dependent components come from the memo; every component is computed by the
    /// same code and summed in the same order, so the number is identical to the unprepared one.
    /// </summary>
    public double ScoreValue(Candidate candidate, int vacancyIndex, double distanceKm, ScoreMemo memo)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(memo);
        var prepared = memo.Prepared;
        var vacancy = prepared.Vacancies[vacancyIndex];
        ref readonly var facts = ref prepared.FactsOf(vacancyIndex);
        if (KnockedOut(candidate, vacancy, facts, distanceKm, out var mode, out var daily)) return 0;
        var profile = prepared.ProfileOf(vacancyIndex);
        if (!memo.TryGet(profile, out var part))
        {
            part = OccupationPartOf(candidate, vacancy);
            memo.Set(profile, part);
        }
        if (!memo.HeldSkillsKnown) memo.SetHeldSkills(HeldSkills(candidate));
        var essential = SkillsById(prepared.EssentialSkillIds(vacancyIndex), vacancy.IsTraining, memo, out var essentialApplies);
        var optional = SkillsById(prepared.OptionalSkillIds(vacancyIndex), vacancy.IsTraining, memo, out var optionalApplies);
        return Combine(candidate, vacancy, facts, mode, daily, part, essential, essentialApplies, optional, optionalApplies);
    }

    /// <summary>
    /// An upper bound of <see cref="ScoreValue(Candidate, int, double, ScoreMemo)"/> for every vacancy of the occupation
    /// <paramref name="profile"/> of <paramref name="memo"/>'s prepared list. Occupation fit and qualification are
    /// exact (memoised per profile); a skills component is at most what holding none of the profile's skills gives
    /// when the candidate holds none of them, else 1; German as for the profile's lowest requirement; moving up as for
    /// a well-paid vacancy of the profile's kind and level; commute and preferences are taken as 1. The score is a weighted
    /// mean over the components that apply, and a skills component applies only where a vacancy lists skills, so the
    /// bound is the best mean over the combinations the profile's vacancies show. Lets the batch skip whole profiles
    /// that cannot reach a candidate's best K.
    /// </summary>
    public double UpperBound(Candidate candidate, int profile, ScoreMemo memo)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(memo);
        var prepared = memo.Prepared;
        var vacancy = prepared.Vacancies[prepared.RepresentativeOf(profile)];
        if (!memo.TryGet(profile, out var part))
        {
            part = OccupationPartOf(candidate, vacancy);
            memo.Set(profile, part);
        }
        if (!memo.HeldSkillsKnown) memo.SetHeldSkills(HeldSkills(candidate));
        ref readonly var skills = ref prepared.SkillsOf(profile);
        var none = SkillCoverageValue(0, 1, vacancy.IsTraining);
        var essential = HoldsAny(skills.Essential, memo) ? 1 : none;
        var optional = HoldsAny(skills.Optional, memo) ? 1 : none;

        var weighted = 0.0;
        var total = 0.0;
        foreach (var kind in Kinds)
        {
            if (kind is ScoreComponentKind.EssentialSkills or ScoreComponentKind.OptionalSkills) continue;
            var bound = kind switch
            {
                ScoreComponentKind.OccupationFit => Math.Clamp(part.Fit, 0, 1),
                ScoreComponentKind.Qualification => Math.Clamp(part.Qualification, 0, 1),
                ScoreComponentKind.German => German(candidate.GermanLevel, skills.LowestGerman, null),
                ScoreComponentKind.MovingUp => Math.Clamp(MovingUpBound(candidate, vacancy.IsTraining, vacancy.RequiredLevel), 0, 1),
                _ => 1.0,
            };
            weighted += weights.For(kind) * bound;
            total += weights.For(kind);
        }
        var essentialWeight = weights.For(ScoreComponentKind.EssentialSkills);
        var optionalWeight = weights.For(ScoreComponentKind.OptionalSkills);
        var best = 0.0;
        for (var e = 0; e < 2; e++)
        {
            var withEssential = e == 1;
            if (withEssential ? !skills.EssentialSometimesApplies : !skills.EssentialSometimesNot) continue;
            for (var o = 0; o < 2; o++)
            {
                var withOptional = o == 1;
                if (withOptional ? !skills.OptionalSometimesApplies : !skills.OptionalSometimesNot) continue;
                var w = weighted + (withEssential ? essentialWeight * essential : 0) + (withOptional ? optionalWeight * optional : 0);
                var t = total + (withEssential ? essentialWeight : 0) + (withOptional ? optionalWeight : 0);
                best = Math.Max(best, t <= 0 ? 0 : w / t);
            }
        }
        return Math.Min(1, best + 1e-9);
    }

    private static bool HoldsAny(int[] skillIds, ScoreMemo memo)
    {
        foreach (var id in skillIds) if (memo.Holds(id)) return true;
        return false;
    }

    private bool KnockedOut(Candidate candidate, Vacancy vacancy, in VacancyFacts facts, double distanceKm, out TravelMode mode, out int daily)
    {
        (mode, var oneWay) = CommuteEstimator.Fastest(candidate.Mobility, distanceKm);
        daily = 2 * oneWay;
        return daily > candidate.Mobility.MaxDailyCommuteMinutes || GermanGapTooLarge(candidate, vacancy) || LacksDrivingLicence(candidate, vacancy)
            || candidate.AvailableFrom > facts.LatestAvailability || facts.PayBelowMinimum
            || (facts.RegulatedWork && RegulatedWithoutRecognition(candidate, vacancy));
    }

    /// <summary>The weighted mean of the components in <see cref="Kinds"/> order, as <see cref="Score"/> forms it.</summary>
    private double Combine(Candidate candidate, Vacancy vacancy, in VacancyFacts facts, TravelMode mode, int daily, in OccupationPart part,
        double essential, bool essentialApplies, double optional, bool optionalApplies)
    {
        double weighted = 0, total = 0;
        foreach (var kind in Kinds)
        {
            var applies = true;
            var raw = kind switch
            {
                ScoreComponentKind.OccupationFit => part.Fit,
                ScoreComponentKind.EssentialSkills => (applies = essentialApplies) ? essential : 0,
                ScoreComponentKind.OptionalSkills => (applies = optionalApplies) ? optional : 0,
                ScoreComponentKind.Qualification => part.Qualification,
                ScoreComponentKind.German => German(candidate, vacancy, null),
                ScoreComponentKind.Commute => Commute(mode, daily, candidate.Mobility.MaxDailyCommuteMinutes, facts.StatutoryCommuteMinutes, null),
                ScoreComponentKind.MovingUp => MovingUp(candidate, vacancy, facts.HourlyPay, facts.PayWellAboveMinimumWage, null),
                ScoreComponentKind.Preferences => Preferences(candidate, vacancy, null, part.Desired),
                _ => throw new InvalidOperationException($"Unknown component {kind}."),
            };
            if (!applies) continue;
            var value = Math.Clamp(raw, 0, 1);
            var weight = weights.For(kind);
            weighted += weight * value;
            total += weight;
        }
        return total <= 0 ? 0 : Math.Clamp(weighted / total, 0, 1);
    }

    private static double SkillsById(int[] ids, bool training, ScoreMemo memo, out bool applies)
    {
        applies = ids.Length > 0;
        if (!applies) return 0;
        var matched = 0;
        foreach (var id in ids) if (memo.Holds(id)) matched++;
        return SkillCoverageValue(matched, ids.Length, training);
    }

    private OccupationPart OccupationPartOf(Candidate candidate, Vacancy vacancy) =>
        new(OccupationFit(candidate, vacancy, null), Qualification(candidate, vacancy, null), DesiredOccupation(candidate, vacancy.Occupation).Value);

    private double Compute(ScoreComponentKind kind, Candidate c, Vacancy v, DateOnly on, TravelMode mode, int dailyMinutes, int statutoryMinutes, List<Finding>? f, out bool applies)
    {
        applies = true;
        return kind switch
        {
            ScoreComponentKind.OccupationFit => OccupationFit(c, v, f),
            ScoreComponentKind.EssentialSkills => Skills(c, v, essential: true, f, out applies),
            ScoreComponentKind.OptionalSkills => Skills(c, v, essential: false, f, out applies),
            ScoreComponentKind.Qualification => Qualification(c, v, f),
            ScoreComponentKind.German => German(c, v, f),
            ScoreComponentKind.Commute => Commute(mode, dailyMinutes, c.Mobility.MaxDailyCommuteMinutes, statutoryMinutes, f),
            ScoreComponentKind.MovingUp => MovingUp(c, v, HourlyPay(v), PayWellAboveMinimumWage(v, on), f),
            ScoreComponentKind.Preferences => Preferences(c, v, f, DesiredOccupation(c, v.Occupation).Value),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private double OccupationFit(Candidate candidate, Vacancy vacancy, List<Finding>? f)
    {
        var value = 0.0;
        var code = FindingCode.NoRelatedOccupation;
        OccupationCode? from = null;
        void Consider(OccupationCode own)
        {
            var kinship = taxonomy.Kinship(own, vacancy.Occupation);
            var v = kinship switch
            {
                OccupationKinship.Same => 1.0,
                OccupationKinship.SameSubgroup => 0.8,
                OccupationKinship.SameGroup => 0.6,
                OccupationKinship.SharedSkills => 0.25 + 0.5 * taxonomy.EssentialSkillOverlap(own, vacancy.Occupation),
                _ => 0.0,
            };
            if (v <= value) return;
            value = v;
            from = own;
            code = kinship switch
            {
                OccupationKinship.Same => FindingCode.SameOccupation,
                OccupationKinship.SameSubgroup => FindingCode.SameFieldOtherLevel,
                OccupationKinship.SameGroup => FindingCode.SameOccupationGroup,
                _ => FindingCode.RelatedBySharedSkills,
            };
        }
        for (var qi = 0; qi < candidate.Qualifications.Count; qi++)
        {
            var q = candidate.Qualifications[qi];
            Consider(q.Occupation);
        }
        if (candidate.CurrentJob is { } job) Consider(job.Occupation);
        if (vacancy.IsTraining && value < 0.5)
        {
            f?.Add(Finding.Of(FindingCode.TrainingNeedsNoPriorExperience));
            return 0.5;
        }
        f?.Add(from is { } o ? Finding.Of(code, o.ToString()) : Finding.Of(FindingCode.NoRelatedOccupation));
        return value;
    }

    private double Skills(Candidate candidate, Vacancy vacancy, bool essential, List<Finding>? f, out bool applies)
    {
        var own = essential ? vacancy.EssentialSkills : vacancy.OptionalSkills;
        // The taxonomy's list is an ImmutableArray: index it directly rather than box it as an IReadOnlyList.
        var fromTaxonomy = own.Count > 0 ? [] : essential ? taxonomy.EssentialSkills(vacancy.Occupation) : taxonomy.OptionalSkills(vacancy.Occupation);
        var count = own.Count > 0 ? own.Count : fromTaxonomy.Length;
        applies = count > 0;
        if (!applies) return 0;

        var matched = 0;
        List<string>? have = f is null ? null : [];
        List<string>? lack = f is null ? null : [];
        for (var k = 0; k < count; k++)
        {
            var skill = own.Count > 0 ? own[k] : fromTaxonomy[k];
            if (Holds(candidate, skill)) { matched++; have?.Add(skill); }
            else lack?.Add(skill);
        }
        if (f is not null)
        {
            if (have!.Count > 0) f.Add(new Finding(FindingCode.SkillsMatched, [.. have]));
            if (lack!.Count > 0) f.Add(new Finding(vacancy.IsTraining ? FindingCode.SkillsLearnedInTraining : FindingCode.SkillsMissing, [.. lack]));
        }
        return SkillCoverageValue(matched, count, vacancy.IsTraining);
    }

    private static double SkillCoverageValue(int matched, int count, bool training)
    {
        var coverage = (double)matched / count;
        // In training the skills are what is taught: missing ones cost only half.
        return training ? 0.5 + 0.5 * coverage : coverage;
    }

    /// <summary>
    /// A skill counts when shown, implied by a driving licence, or essential to an occupation the person is
    /// qualified in, unless a partial-recognition notice lists it as a substantial difference (by id or German label).
    /// </summary>
    public bool HoldsSkill(Candidate candidate, string skill)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return Holds(candidate, skill);
    }

    private bool Holds(Candidate candidate, string skill)
    {
        if (candidate.Skills.Contains(skill)) return true;
        if (skill == "driving-licence-b" && candidate.Mobility.HasDrivingLicence) return true;
        for (var qi = 0; qi < candidate.Qualifications.Count; qi++)
        {
            var q = candidate.Qualifications[qi];
            if (!taxonomy.EssentialSkills(q.Occupation).Contains(skill)) continue;
            if (q.RecognitionGaps.Count == 0) return true;
            var label = taxonomy.Skills.TryGetValue(skill, out var s) ? s.LabelDe : skill;
            var listed = false;
            for (var g = 0; g < q.RecognitionGaps.Count && !listed; g++)
                listed = q.RecognitionGaps[g] == skill || string.Equals(q.RecognitionGaps[g], label, StringComparison.OrdinalIgnoreCase);
            if (!listed) return true;
        }
        return false;
    }

    /// <summary>
    /// Every skill <see cref="Holds"/> is true for: only shown skills, the driving licence and qualifications'
    /// essential skills can be, so the list is exact.
    /// </summary>
    private IEnumerable<string> HeldSkills(Candidate candidate)
    {
        foreach (var skill in candidate.Skills) yield return skill;
        if (Holds(candidate, "driving-licence-b")) yield return "driving-licence-b";
        for (var qi = 0; qi < candidate.Qualifications.Count; qi++)
            foreach (var skill in taxonomy.EssentialSkills(candidate.Qualifications[qi].Occupation))
                if (Holds(candidate, skill)) yield return skill;
    }

    private double Qualification(Candidate candidate, Vacancy vacancy, List<Finding>? f)
    {
        if (vacancy.IsTraining || vacancy.RequiredLevel == RequirementLevel.Helfer)
        {
            f?.Add(Finding.Of(FindingCode.NoQualificationNeeded));
            return 1;
        }

        var value = 0.15;
        Qualification? best = null;
        var bestRelated = false;
        for (var qi = 0; qi < candidate.Qualifications.Count; qi++)
        {
            var q = candidate.Qualifications[qi];
            if (q.Level < vacancy.RequiredLevel) continue;
            var kinship = taxonomy.Kinship(q.Occupation, vacancy.Occupation);
            if (kinship is not (OccupationKinship.Same or OccupationKinship.SameSubgroup or OccupationKinship.SameGroup)) continue;
            var related = kinship == OccupationKinship.SameGroup;
            var v = q.Recognition switch
            {
                RecognitionState.Full or RecognitionState.NotRequired => 1.0,
                RecognitionState.Partial => 0.7,
                RecognitionState.Pending => 0.6,
                _ => 0.45,
            } * (related ? 0.8 : 1.0);
            if (v > value) (value, best, bestRelated) = (v, q, related);
        }
        if (value < 0.5 && candidate.CurrentJob is { } job && job.Occupation.Subgroup == vacancy.Occupation.Subgroup && job.Level >= vacancy.RequiredLevel)
        {
            f?.Add(Finding.Of(FindingCode.ExperienceWithoutCertificate, job.Occupation.ToString()));
            return 0.5;
        }
        if (f is null) return value;
        if (best is null)
        {
            f.Add(Finding.Of(FindingCode.NoMatchingQualification));
            return value;
        }
        var code = best.Occupation.ToString();
        if (bestRelated) f.Add(Finding.Of(FindingCode.QualificationInRelatedOccupation, code));
        switch (best.Recognition)
        {
            case RecognitionState.Full or RecognitionState.NotRequired:
                f.Add(Finding.Of(FindingCode.QualificationFullyValid, code));
                break;
            case RecognitionState.Partial:
                f.Add(new Finding(FindingCode.QualificationPartiallyRecognised, [code, .. best.RecognitionGaps]));
                f.Add(Finding.Of(FindingCode.SuggestAnpassungsqualifizierung, [.. best.RecognitionGaps]));
                break;
            case RecognitionState.Pending:
                f.Add(Finding.Of(FindingCode.QualificationRecognitionPending, code));
                break;
            default:
                f.Add(Finding.Of(FindingCode.QualificationNotRecognised, code));
                f.Add(Finding.Of(FindingCode.SuggestRecognition, code));
                break;
        }
        return value;
    }

    private static double German(Candidate candidate, Vacancy vacancy, List<Finding>? f) => German(candidate.GermanLevel, vacancy.MinimumGerman, f);

    /// <summary>Full marks at the required level, half one level below (with a course suggested), none further below (a knock-out anyway).</summary>
    private static double German(CefrLevel have, CefrLevel need, List<Finding>? f)
    {
        if (have >= need)
        {
            f?.Add(Finding.Of(FindingCode.GermanSufficient, have.ToString(), need.ToString()));
            return 1;
        }
        f?.Add(Finding.Of(FindingCode.GermanOneLevelBelow, have.ToString(), need.ToString()));
        if (need - have > 1) return 0;
        f?.Add(Finding.Of(FindingCode.SuggestGermanCourse, need.ToString()));
        return 0.5;
    }

    /// <summary>Full marks up to half an hour a day, then falling linearly to 0.2 at the candidate's limit.</summary>
    private static double Commute(TravelMode mode, int daily, int limit, int statutory, List<Finding>? f)
    {
        double value;
        if (daily > limit) value = 0;
        else if (daily <= ComfortableCommuteMinutes)
        {
            value = 1;
            f?.Add(Finding.WithNumber(FindingCode.CommuteShort, daily, mode.ToString()));
        }
        else
        {
            var span = Math.Max(1, limit - ComfortableCommuteMinutes);
            value = 1 - 0.8 * (daily - ComfortableCommuteMinutes) / span;
            f?.Add(Finding.WithNumber(FindingCode.CommuteWithinLimit, daily, mode.ToString()));
        }
        if (daily > statutory) f?.Add(Finding.WithNumber(FindingCode.CommuteExceedsSgb3Reasonableness, statutory));
        return value;
    }

    private static double MovingUp(Candidate candidate, Vacancy vacancy, decimal hourly, bool wellPaid, List<Finding>? f)
    {
        var value = MovingUpByLevel(candidate, vacancy.IsTraining, vacancy.Kind == VacancyKind.Apprenticeship, vacancy.RequiredLevel, f);
        if (vacancy.IsTraining) return value;

        if (wellPaid)
        {
            value += 0.1;
            f?.Add(Finding.WithNumber(FindingCode.PayWellAboveMinimumWage, (double)hourly));
        }
        if (candidate.CurrentJob is { } current)
        {
            if (hourly > current.HourlyWageEur) { value += 0.1; f?.Add(Finding.WithNumber(FindingCode.PayRiseOverCurrentJob, (double)(hourly - current.HourlyWageEur))); }
            else if (hourly < current.HourlyWageEur) { value -= 0.1; f?.Add(Finding.WithNumber(FindingCode.PayBelowCurrentJob, (double)(current.HourlyWageEur - hourly))); }
        }
        return value;
    }

    /// <summary>The highest <see cref="MovingUp"/> any vacancy of this kind and level can give: well paid, and a pay rise where there is a current job.</summary>
    private static double MovingUpBound(Candidate candidate, bool training, RequirementLevel level) =>
        MovingUpByLevel(candidate, training, apprenticeship: true, level, null) + (training ? 0 : 0.1 + (candidate.CurrentJob is null ? 0 : 0.1));

    /// <summary>The part of <see cref="MovingUp"/> that pay does not change: training that builds a qualification, a step up, a job below one's qualification.</summary>
    private static double MovingUpByLevel(Candidate candidate, bool training, bool apprenticeship, RequirementLevel level, List<Finding>? f)
    {
        var value = 0.5;
        if (training)
        {
            if (!candidate.HasVocationalQualification)
            {
                value += apprenticeship ? 0.35 : 0.25;
                f?.Add(Finding.Of(apprenticeship ? FindingCode.TrainingBuildsQualification : FindingCode.EqLeadsToApprenticeship));
            }
            return value;
        }

        if (candidate.CurrentJob is { } job && level > job.Level)
        {
            value += 0.25;
            f?.Add(Finding.Of(FindingCode.StepUpFromCurrentJob, ((int)job.Level).ToString(CultureInfo.InvariantCulture), ((int)level).ToString(CultureInfo.InvariantCulture)));
        }
        else if (level >= RequirementLevel.Fachkraft && (candidate.CurrentJob is null || candidate.CurrentJob.Level == RequirementLevel.Helfer))
        {
            value += 0.15;
            f?.Add(Finding.Of(FindingCode.SkilledWorkInsteadOfHelper));
        }
        if (level == RequirementLevel.Helfer)
        {
            bool skilled = false, recognised = false;
            for (var qi = 0; qi < candidate.Qualifications.Count; qi++)
            {
                var q = candidate.Qualifications[qi];
                if (q.Level < RequirementLevel.Fachkraft) continue;
                skilled = true;
                recognised |= q.IsFullyValid;
            }
            if (skilled)
            {
                value -= recognised ? 0.35 : 0.2;
                f?.Add(Finding.Of(FindingCode.HelperJobBelowQualification));
                if (!recognised) f?.Add(Finding.Of(FindingCode.SuggestRecognition));
            }
        }

        return value;
    }

    /// <summary>How close the vacancy's occupation is to the desired ones; null when the candidate named none.</summary>
    private (double? Value, FindingCode Code) DesiredOccupation(Candidate candidate, OccupationCode occupation)
    {
        var desired = candidate.Preferences.DesiredOccupations;
        if (desired.Count == 0) return (null, FindingCode.DesiredOccupation);
        var best = OccupationKinship.Unrelated;
        for (var di = 0; di < desired.Count; di++)
        {
            var k = taxonomy.Kinship(desired[di], occupation);
            if (k < best) best = k;
        }
        return best switch
        {
            OccupationKinship.Same => (1.0, FindingCode.DesiredOccupation),
            OccupationKinship.SameSubgroup or OccupationKinship.SameGroup => (0.7, FindingCode.DesiredOccupationField),
            _ => (0.2, FindingCode.NotADesiredOccupation),
        };
    }

    private double Preferences(Candidate candidate, Vacancy vacancy, List<Finding>? f, double? desired)
    {
        var prefs = candidate.Preferences;
        double sum = 0;
        var parts = 0;

        if (desired is { } d)
        {
            sum += d; parts++;
            if (f is not null) f.Add(Finding.Of(DesiredOccupation(candidate, vacancy.Occupation).Code));
        }

        var hours = 1.0;
        if (prefs.WantsPartTime && vacancy.WeeklyHours > 30) { hours = 0.3; f?.Add(Finding.WithNumber(FindingCode.FullTimeButPartTimeWanted, vacancy.WeeklyHours)); }
        else if (!prefs.WantsPartTime && vacancy.WeeklyHours < 20) { hours = 0.5; f?.Add(Finding.WithNumber(FindingCode.PartTimeButFullTimeWanted, vacancy.WeeklyHours)); }
        else f?.Add(Finding.WithNumber(FindingCode.HoursFit, vacancy.WeeklyHours));
        sum += hours; parts++;

        if (vacancy.Shifts)
        {
            sum += prefs.AcceptsShifts ? 1 : 0; parts++;
            if (!prefs.AcceptsShifts) f?.Add(Finding.Of(FindingCode.ShiftsNotAccepted));
        }
        if (vacancy.IsTraining)
        {
            sum += prefs.InterestedInApprenticeship ? 1 : 0.3; parts++;
            f?.Add(Finding.Of(prefs.InterestedInApprenticeship ? FindingCode.TrainingWanted : FindingCode.TrainingNotWanted));
        }
        return sum / parts;
    }

    /// <summary>At least 20% above the minimum wage in force at the (effective) start.</summary>
    private static bool PayWellAboveMinimumWage(Vacancy vacancy, DateOnly on) =>
        HourlyPay(vacancy) >= StatutoryPay.MinimumWagePerHour(EffectiveStart(vacancy, on)) * 1.2m;

    private static DateOnly EffectiveStart(Vacancy vacancy, DateOnly on) => vacancy.StartDate > on ? vacancy.StartDate : on;

    private static decimal? StatutoryMinimumMissed(Vacancy vacancy, DateOnly on)
    {
        var start = EffectiveStart(vacancy, on);
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
}
