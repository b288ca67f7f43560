using System.Collections.Immutable;
using System.Globalization;
using Matcher.Core.People;
using Matcher.Core.Scoring.Components;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring;

/// <summary>
/// Scores one candidate against one vacancy: eight components in [0, 1] (1 = no concern), each with its evidence, and the
/// hard knock-outs kept apart. The score is the weighted product of the components, each raised to its weight:
/// <c>score = Π component^weight</c>. A product is not compensatory: what a pair lacks in the core (occupation, essential
/// skills, qualification and its recognition, German) cannot be made up by a short commute, a pay rise or a wish met,
/// since those can only lower a score, never lift it above the core's. Residence status is never read here: it is a legal
/// gate (see <see cref="Eligibility.EligibilityChecker"/>), not a quality.
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
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(vacancy);
        var commute = CommuteEstimator.Estimate(candidate, vacancy);
        var facts = FactsOf(vacancy, on);
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

        var desired = PreferencesComponent.Desired(taxonomy, candidate, vacancy.Occupation);
        var components = ImmutableArray.CreateBuilder<ScoreComponent>(Kinds.Length);
        var product = 1.0;
        foreach (var kind in Kinds)
        {
            var findings = new List<Finding>(3);
            var applies = true;
            var value = Math.Clamp(kind switch
            {
                ScoreComponentKind.OccupationFit => OccupationFitComponent.Value(taxonomy, candidate, vacancy, findings),
                ScoreComponentKind.EssentialSkills => Skills(candidate, vacancy, facts, essential: true, findings, out applies),
                ScoreComponentKind.OptionalSkills => Skills(candidate, vacancy, facts, essential: false, findings, out applies),
                ScoreComponentKind.Qualification => QualificationComponent.Value(taxonomy, candidate, vacancy, findings),
                ScoreComponentKind.German => GermanComponent.Value(candidate.GermanLevel, vacancy.MinimumGerman, findings),
                ScoreComponentKind.Commute => CommuteComponent.Value(commute.Mode, commute.DailyMinutes, commute.LimitMinutes, commute.StatutoryLimitMinutes, findings),
                ScoreComponentKind.MovingUp => MovingUpComponent.Value(candidate, facts, PreferencesComponent.AskedForTraining(candidate), findings),
                ScoreComponentKind.Preferences => PreferencesComponent.Value(candidate, facts, desired, findings),
                _ => throw new InvalidOperationException($"Unknown component {kind}."),
            }, 0, 1);
            var weight = applies ? weights.For(kind) : 0;
            components.Add(new ScoreComponent(kind, applies ? value : 0, weight, [.. findings]));
            if (applies) product *= Raise(value, weight);
        }
        var result = knockOuts.Count > 0 ? 0 : Math.Clamp(product, 0, 1);
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
        var essential = Skills(candidate, vacancy, facts, essential: true, null, out var essentialApplies);
        var optional = Skills(candidate, vacancy, facts, essential: false, null, out var optionalApplies);
        value = Combine(candidate, facts, mode, daily, OccupationPartOf(candidate, vacancy), essential, essentialApplies, optional, optionalApplies);
        return true;
    }

    /// <summary>What scoring needs of <paramref name="vacancy"/> that does not depend on the candidate, as things stand on <paramref name="on"/>.</summary>
    public VacancyFacts FactsOf(Vacancy vacancy, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        return new VacancyFacts(PayBelowStatutoryMinimum(vacancy, on), IsRegulatedWork(vacancy), LatestAvailability(vacancy, on),
            HourlyPay(vacancy), PayWellAboveMinimumWage(vacancy, on), CommuteEstimator.StatutoryLimitMinutes(vacancy),
            vacancy.Kind, vacancy.RequiredLevel, vacancy.MinimumGerman, vacancy.DrivingLicenceRequired, vacancy.WeeklyHours, vacancy.Shifts);
    }

    /// <summary>Readies <paramref name="vacancies"/> for scoring many candidates against them as things stand on <paramref name="on"/>.</summary>
    public PreparedVacancies Prepare(IReadOnlyList<Vacancy> vacancies, DateOnly on) => new(vacancies, on, this);

    /// <summary>
    /// <see cref="ScoreValue(Candidate, Vacancy, DateOnly)"/> for the vacancy at <paramref name="vacancyIndex"/> of
    /// <paramref name="memo"/>'s prepared list, with the straight-line distance already known. Skills are matched by
    /// integer id and the occupation-dependent components come from the memo; every component is computed by the
    /// same code and multiplied in the same order, so the number is identical to the unprepared one.
    /// </summary>
    public double ScoreValue(Candidate candidate, int vacancyIndex, double distanceKm, ScoreMemo memo) =>
        KnockedOut(candidate, vacancyIndex, distanceKm, memo, out var commute) ? 0 : FactorsOf(candidate, vacancyIndex, memo).With(commute);

    /// <summary>
    /// <see cref="ScoreValue(Candidate, int, double, ScoreMemo)"/> for a caller that has the pair's
    /// <see cref="FactorsOf"/> already: only the knock-outs and the commute are left to compute.
    /// </summary>
    public double ScoreValue(Candidate candidate, int vacancyIndex, double distanceKm, ScoreMemo memo, in PairFactors factors) =>
        KnockedOut(candidate, vacancyIndex, distanceKm, memo, out var commute) ? 0 : factors.With(commute);

    /// <summary>Every knock-out of a prepared pair; where there is none, <paramref name="commute"/> is its commute factor.</summary>
    private bool KnockedOut(Candidate candidate, int vacancyIndex, double distanceKm, ScoreMemo memo, out double commute)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(memo);
        var prepared = memo.Prepared;
        ref readonly var facts = ref prepared.FactsOf(vacancyIndex);
        commute = 0;
        if (KnockedOut(candidate, facts, distanceKm, out var mode, out var daily)
            || (facts.RegulatedWork && RegulatedWithoutRecognition(candidate, prepared.Vacancies[vacancyIndex]))) return true;
        commute = CommuteFactorOf(candidate, facts, mode, daily);
        return false;
    }

    /// <summary>
    /// The pair's components but the commute, as <see cref="ScoreValue(Candidate, int, double, ScoreMemo)"/> multiplies
    /// them: with any commute factor at least the pair's, <see cref="PairFactors.With"/> bounds its score, and with
    /// the pair's own (<see cref="CommuteFactor(Candidate, double)"/>) it is the score, for a pair that is not knocked
    /// out. Costs a fraction of a score (no travel-time estimate, no distance), which lets the batch skip most pairs
    /// before it knows their distance.
    /// </summary>
    public PairFactors FactorsOf(Candidate candidate, int vacancyIndex, ScoreMemo memo)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(memo);
        var prepared = memo.Prepared;
        ref readonly var facts = ref prepared.FactsOf(vacancyIndex);
        var profile = prepared.ProfileOf(vacancyIndex);
        if (!memo.TryGet(profile, out var part))
        {
            part = OccupationPartOf(candidate, prepared.Vacancies[vacancyIndex]);
            memo.Set(profile, part);
        }
        if (!memo.HeldSkillsKnown) memo.SetHeldSkills(HeldSkills(candidate));
        return Factors(candidate, facts, part,
            SkillsFactor(prepared.EssentialListOf(vacancyIndex), facts, essential: true, weights.EssentialSkills, memo),
            SkillsFactor(prepared.OptionalListOf(vacancyIndex), facts, essential: false, weights.OptionalSkills, memo));
    }

    /// <summary>
    /// An upper bound of <see cref="ScoreValue(Candidate, int, double, ScoreMemo)"/> for every vacancy of the occupation
    /// <paramref name="profile"/> of <paramref name="memo"/>'s prepared list. The score is a product of components, each
    /// raised to a non-negative weight, so the product of per-component bounds bounds it: occupation fit and qualification
    /// exact (memoised per profile); a skills component at its best over the profile's distinct skill lists (exact for
    /// the usual profile, whose vacancies all take their occupation's list); German as for the profile's lowest requirement;
    /// moving up as for the profile's kind and level without a pay cut; preferences as their occupation part; commute 1.
    /// Lets the batch skip whole profiles that cannot reach a candidate's best K.
    /// </summary>
    public double UpperBound(Candidate candidate, int profile, ScoreMemo memo) => UpperBound(candidate, profile, memo, 0);

    /// <summary>
    /// <see cref="UpperBound(Candidate, int, ScoreMemo)"/>, or, when the factors that do not need the occupation part
    /// (skills, German, moving up) already bound the score below <paramref name="enough"/>, that smaller bound: the
    /// occupation part, the costly one, is then not computed. Either way an upper bound of every score in the profile.
    /// </summary>
    public double UpperBound(Candidate candidate, int profile, ScoreMemo memo, double enough)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(memo);
        var prepared = memo.Prepared;
        var representative = prepared.RepresentativeOf(profile);
        ref readonly var facts = ref prepared.FactsOf(representative);
        if (!memo.HeldSkillsKnown) memo.SetHeldSkills(HeldSkills(candidate));
        ref readonly var skills = ref prepared.SkillsOf(profile);
        var essential = skills.EmptyEssentialList ? 1 : BestSkills(memo.BestShareOf(profile, essential: true), facts, essential: true, weights.EssentialSkills);
        var optional = skills.EmptyOptionalList ? 1 : BestSkills(memo.BestShareOf(profile, essential: false), facts, essential: false, weights.OptionalSkills);
        var german = Raise(GermanComponent.Value(candidate.GermanLevel, skills.LowestGerman, null), weights.German);
        var movingUp = Raise(Math.Clamp(MovingUpComponent.Bound(candidate, facts.IsTraining, facts.RequiredLevel, PreferencesComponent.AskedForTraining(candidate)), 0, 1),
            weights.MovingUp);
        var withoutPart = Math.Min(1, essential * optional * german * movingUp + 1e-9);
        if (withoutPart < enough) return withoutPart;
        if (!memo.TryGet(profile, out var part))
        {
            part = OccupationPartOf(candidate, prepared.Vacancies[representative]);
            memo.Set(profile, part);
        }
        var bound = Raise(Math.Clamp(part.Fit, 0, 1), weights.OccupationFit)
            * essential
            * optional
            * Raise(Math.Clamp(part.Qualification, 0, 1), weights.Qualification)
            * german
            * movingUp
            * Raise(Math.Clamp(PreferencesComponent.DesiredPart(candidate, facts.IsTraining, part.Desired, null), 0, 1), weights.Preferences);
        return Math.Min(1, bound + 1e-9);
    }

    /// <summary>
    /// The commute component raised to its weight, as it enters the score of a pair <paramref name="distanceKm"/>
    /// apart (not knocked out). <see cref="UpperBound(Candidate, int, ScoreMemo)"/> takes it as 1, so the profile bound
    /// times this factor still bounds the pair's score: every factor is at most 1, and the profile bound carries a
    /// relative slack far above rounding.
    /// </summary>
    public double CommuteFactor(Candidate candidate, double distanceKm)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var (mode, oneWay) = CommuteEstimator.Fastest(candidate.Mobility, distanceKm);
        var limit = candidate.Mobility.MaxDailyCommuteMinutes;
        return Raise(Math.Clamp(CommuteComponent.Value(mode, 2 * oneWay, limit, limit, null), 0, 1), weights.Commute);
    }

    /// <summary>The commute component raised to its weight, as the score takes it.</summary>
    private double CommuteFactorOf(Candidate candidate, in VacancyFacts facts, TravelMode mode, int daily) =>
        Raise(Math.Clamp(CommuteComponent.Value(mode, daily, candidate.Mobility.MaxDailyCommuteMinutes, facts.StatutoryCommuteMinutes, null), 0, 1), weights.Commute);

    /// <summary>
    /// The largest factor a skills component gives over a profile's skill lists, none of them empty (an empty list gives 1:
    /// the component does not apply). Training and level are the same across a profile and the component never falls as
    /// the share held grows, so the list with the largest share gives it, exactly as that list's own factor.
    /// </summary>
    private static double BestSkills(BestShare best, in VacancyFacts facts, bool essential, double weight) =>
        Raise(Math.Clamp(SkillsComponent.Value(best.Matched, best.Count, facts, essential), 0, 1), weight);

    /// <summary>A skills component as it enters a score, raised to its weight: 1 where the list is empty (the component does not apply).</summary>
    private static double SkillsFactor(int list, in VacancyFacts facts, bool essential, double weight, ScoreMemo memo)
    {
        var value = SkillsByList(list, facts, essential, memo, out var applies);
        return applies ? Raise(Math.Clamp(value, 0, 1), weight) : 1;
    }

    private bool KnockedOut(Candidate candidate, Vacancy vacancy, in VacancyFacts facts, double distanceKm, out TravelMode mode, out int daily) =>
        KnockedOut(candidate, facts, distanceKm, out mode, out daily) || (facts.RegulatedWork && RegulatedWithoutRecognition(candidate, vacancy));

    /// <summary>Every knock-out but the regulated profession's, which needs the vacancy's occupation.</summary>
    private static bool KnockedOut(Candidate candidate, in VacancyFacts facts, double distanceKm, out TravelMode mode, out int daily)
    {
        (mode, var oneWay) = CommuteEstimator.Fastest(candidate.Mobility, distanceKm);
        daily = 2 * oneWay;
        return daily > candidate.Mobility.MaxDailyCommuteMinutes || facts.MinimumGerman - candidate.GermanLevel > 1
            || (facts.DrivingLicenceRequired && !candidate.Mobility.HasDrivingLicence)
            || candidate.AvailableFrom > facts.LatestAvailability || facts.PayBelowMinimum;
    }

    /// <summary>The product of the components in <see cref="Kinds"/> order, as <see cref="Score"/> forms it (a component that does not apply is left out).</summary>
    private double Combine(Candidate candidate, in VacancyFacts facts, TravelMode mode, int daily, in OccupationPart part,
        double essential, bool essentialApplies, double optional, bool optionalApplies) =>
        Factors(candidate, facts, part,
            essentialApplies ? Raise(Math.Clamp(essential, 0, 1), weights.EssentialSkills) : 1,
            optionalApplies ? Raise(Math.Clamp(optional, 0, 1), weights.OptionalSkills) : 1).With(CommuteFactorOf(candidate, facts, mode, daily));

    /// <summary>
    /// Every factor but the commute's, in <see cref="Kinds"/> order (a test pins that order against <see cref="Score"/>):
    /// occupation fit, the two skills factors as given, qualification, German | commute | moving up, preferences.
    /// </summary>
    private PairFactors Factors(Candidate candidate, in VacancyFacts facts, in OccupationPart part, double essential, double optional) => new(
        Raise(Math.Clamp(part.Fit, 0, 1), weights.OccupationFit)
            * essential
            * optional
            * Raise(Math.Clamp(part.Qualification, 0, 1), weights.Qualification)
            * Raise(Math.Clamp(GermanComponent.Value(candidate.GermanLevel, facts.MinimumGerman, null), 0, 1), weights.German),
        Raise(Math.Clamp(MovingUpComponent.Value(candidate, facts, PreferencesComponent.AskedForTraining(candidate), null), 0, 1), weights.MovingUp),
        Raise(Math.Clamp(PreferencesComponent.Value(candidate, facts, part.Desired, null), 0, 1), weights.Preferences));

    /// <summary><paramref name="value"/> to the power <paramref name="weight"/>, with the common weights 0, 1/2 and 1 exact and fast.</summary>
    private static double Raise(double value, double weight) => weight switch
    {
        1 => value,
        0 => 1,
        0.5 => Math.Sqrt(value),
        2 => value * value,
        _ => Math.Pow(value, weight),
    };

    /// <summary>A skills component from a prepared skill list, whose held count the memo keeps per candidate.</summary>
    private static double SkillsByList(int list, in VacancyFacts facts, bool essential, ScoreMemo memo, out bool applies)
    {
        var count = memo.Prepared.SkillCount(list);
        applies = count > 0;
        if (!applies) return 0;
        return SkillsComponent.Value(memo.MatchedOf(list), count, facts, essential);
    }

    private OccupationPart OccupationPartOf(Candidate candidate, Vacancy vacancy) =>
        new(OccupationFitComponent.Value(taxonomy, candidate, vacancy, null), QualificationComponent.Value(taxonomy, candidate, vacancy, null),
            PreferencesComponent.Desired(taxonomy, candidate, vacancy.Occupation));

    private double Skills(Candidate candidate, Vacancy vacancy, in VacancyFacts facts, bool essential, List<Finding>? f, out bool applies)
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
        return SkillsComponent.Value(matched, count, facts, essential);
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
