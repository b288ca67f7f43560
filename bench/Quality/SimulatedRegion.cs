using Matcher.Core;
using Matcher.Core.Generation;
using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Taxonomy;
using Matcher.Core.Vacancies;

namespace Matcher.Bench.Quality;

/// <summary>
/// A seeded region (the service's own generator gives what a coach and a chamber record) with a hidden truth per person,
/// and the true fit of every pair: the chance that the placement works and lasts, which the matcher can only estimate from
/// what was recorded. Zero means the placement cannot work (essentials missing, German far too weak in reality, a commute
/// the person will not sustain, illegal).
/// </summary>
public sealed class SimulatedRegion
{
    private readonly OccupationTaxonomy taxonomy;

    private SimulatedRegion(OccupationTaxonomy taxonomy, Region region, HiddenPerson[] hidden)
    {
        this.taxonomy = taxonomy;
        Region = region;
        Hidden = hidden;
    }

    public Region Region { get; }

    /// <summary>The hidden truth, one per candidate of <see cref="Region"/> in the same order.</summary>
    public IReadOnlyList<HiddenPerson> Hidden { get; }

    public static SimulatedRegion Generate(OccupationTaxonomy taxonomy, int candidates, int vacancies, DateOnly asOf, int seed)
    {
        var region = new RegionGenerator(taxonomy, BenchData.CommonOccupations()).Generate(RegionProfile.Burgenlandkreis, candidates, vacancies, asOf, seed);
        var random = new Random(unchecked(seed * 7919 + 17));
        var occupations = taxonomy.Occupations.Values.Where(o => o.Level <= RequirementLevel.Fachkraft).OrderBy(o => o.Code.Value).ToArray();
        var hidden = region.Candidates.Select(c => Hide(c, random, taxonomy, occupations)).ToArray();
        return new SimulatedRegion(taxonomy, region, hidden);
    }

    private static HiddenPerson Hide(Candidate c, Random r, OccupationTaxonomy taxonomy, Occupation[] occupations)
    {
        var skills = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in c.Skills) if (r.NextDouble() < 0.9) skills.Add(s); // a tenth is overstated
        foreach (var q in c.Qualifications)
        {
            var gaps = q.RecognitionGaps;
            foreach (var s in taxonomy.EssentialSkills(q.Occupation))
            {
                var listedGap = gaps.Any(g => g == s || string.Equals(g, taxonomy.Skills[s].LabelDe, StringComparison.OrdinalIgnoreCase));
                if (r.NextDouble() < (listedGap ? 0.3 : 0.88)) skills.Add(s);
            }
        }
        if (c.CurrentJob is { } job)
            foreach (var s in taxonomy.EssentialSkills(job.Occupation))
                if (r.NextDouble() < 0.75) skills.Add(s);
        // Work done before arriving or informally, never recorded: a third of the people bring one such occupation.
        if (r.NextDouble() < 0.33)
        {
            var informal = occupations[r.Next(occupations.Length)];
            foreach (var s in taxonomy.EssentialSkills(informal.Code).Concat(taxonomy.OptionalSkills(informal.Code)))
                if (r.NextDouble() < 0.7) skills.Add(s);
        }
        var shift = r.NextDouble();
        var german = (CefrLevel)Math.Clamp((int)c.GermanLevel + (shift < 0.12 ? -1 : shift > 0.8 ? 1 : 0), (int)CefrLevel.A0, (int)CefrLevel.C2);
        var tolerance = c.Mobility.MaxDailyCommuteMinutes * Math.Exp(Gaussian(r) * 0.2);
        var travel = Math.Exp(Gaussian(r) * 0.1);
        var qualified = c.Qualifications.Any(q => q.Level >= RequirementLevel.Fachkraft);
        var motivation = c.Preferences.InterestedInApprenticeship ? Beta(r, 0.8)
            : qualified ? Beta(r, 0.12) : Beta(r, 0.35);
        var shifts = c.Preferences.AcceptsShifts ? r.NextDouble() < 0.9 : r.NextDouble() < 0.25;
        return new HiddenPerson(skills, german, tolerance, travel, motivation, shifts, 0.6 + 0.4 * r.NextDouble());
    }

    /// <summary>
    /// The true fit of candidate <paramref name="person"/> (index into <see cref="Region"/>) with <paramref name="vacancy"/>
    /// on <paramref name="on"/>, in [0, 1].
    /// </summary>
    public double TrueFit(int person, Vacancy vacancy, DateOnly on) => Judge(person, vacancy, on).Fit;

    /// <summary>The true fit and, when it is zero, why: what a coach would learn after the placement failed.</summary>
    public (double Fit, string? Why) Judge(int person, Vacancy vacancy, DateOnly on)
    {
        var c = Region.Candidates[person];
        var h = Hidden[person];
        var start = vacancy.StartDate > on ? vacancy.StartDate : on;
        var latestStart = start.AddDays(90);
        if (!StatuteTable.MayTakeUp(c.Residence, vacancy, on, latestStart)) return (0, "illegal");
        if (c.AvailableFrom > latestStart) return (0, "not available in time");
        if (vacancy.DrivingLicenceRequired && !c.Mobility.HasDrivingLicence) return (0, "no driving licence");
        if (PairScorer.PayBelowStatutoryMinimum(vacancy, on)) return (0, "pay below minimum");
        if (h.RealGerman < vacancy.MinimumGerman - 1) return (0, "German too weak in reality");
        var occupation = taxonomy.Find(vacancy.Occupation);
        var recognisedSkilled = c.Qualifications.Any(q => q.Level >= RequirementLevel.Fachkraft && q.IsFullyValid);
        var qualifiedSkilled = c.Qualifications.Any(q => q.Level >= RequirementLevel.Fachkraft);
        if (!vacancy.IsTraining && occupation is { IsRegulated: true }
            && !c.Qualifications.Any(q => q.IsFullyValid && q.Occupation.Subgroup == vacancy.Occupation.Subgroup && q.Level >= vacancy.RequiredLevel)) return (0, "regulated without recognition");
        var minutes = 2 * CommuteEstimator.Fastest(c.Mobility, c.Home.DistanceKmTo(vacancy.Location)).OneWayMinutes * h.TravelFactor;
        if (minutes > h.CommuteTolerance) return (0, "commute not sustained");

        var essentials = vacancy.EssentialSkills.Count > 0 ? [.. vacancy.EssentialSkills] : taxonomy.EssentialSkills(vacancy.Occupation).ToArray();
        var coverage = essentials.Length == 0 ? 0.6 : essentials.Count(h.TrueSkills.Contains) / (double)essentials.Length;
        var desired = c.Preferences.DesiredOccupations.Select(d => taxonomy.Kinship(d, vacancy.Occupation)).DefaultIfEmpty(OccupationKinship.Unrelated).Min();

        double fit;
        if (vacancy.IsTraining)
        {
            var motivation = h.TrainingMotivation;
            // A recognised skilled worker starting over rarely carries it through, unless it is the field they want.
            if (recognisedSkilled && desired > OccupationKinship.SameGroup) motivation *= 0.35;
            var aptitude = vacancy.Kind == VacancyKind.Apprenticeship ? (h.RealGerman >= CefrLevel.B1 ? 1 : 0.55) : (h.RealGerman >= CefrLevel.A2 ? 1 : 0.6);
            fit = motivation * aptitude * (vacancy.Kind == VacancyKind.Einstiegsqualifizierung ? 0.75 : 0.95);
        }
        else if (vacancy.RequiredLevel == RequirementLevel.Helfer)
        {
            fit = 0.5 + 0.3 * coverage;
            // People with a vocational qualification leave helper work soon.
            if (recognisedSkilled) fit *= 0.45;
            else if (qualifiedSkilled) fit *= 0.7;
        }
        else
        {
            if (coverage < 0.5) return (0, "essential skills missing"); // the work cannot be done
            var acceptance = 0.5; // no recorded evidence: an employer rarely keeps an unproven skilled worker
            foreach (var q in c.Qualifications)
            {
                var kin = taxonomy.Kinship(q.Occupation, vacancy.Occupation);
                if (kin > OccupationKinship.SameGroup) continue;
                var a = q.Recognition switch
                {
                    RecognitionState.Full or RecognitionState.NotRequired => 1.0,
                    RecognitionState.Partial => 0.85,
                    RecognitionState.Pending => 0.8,
                    _ => 0.7,
                } * (kin == OccupationKinship.SameGroup ? 0.85 : 1) * (q.Level >= vacancy.RequiredLevel ? 1 : 0.6);
                acceptance = Math.Max(acceptance, a);
            }
            if (c.CurrentJob is { } job && job.Occupation.Subgroup == vacancy.Occupation.Subgroup && job.Level >= vacancy.RequiredLevel)
                acceptance = Math.Max(acceptance, 0.8);
            fit = (0.4 + 0.6 * coverage) * acceptance;
        }

        if (h.RealGerman < vacancy.MinimumGerman) fit *= 0.6;
        if (vacancy.Shifts && !h.AcceptsShifts) fit *= 0.3;
        if (c.Preferences.WantsPartTime && vacancy.WeeklyHours > 30) fit *= 0.55;
        else if (!c.Preferences.WantsPartTime && vacancy.WeeklyHours < 20) fit *= 0.7;
        fit *= desired switch { OccupationKinship.Same => 1.1, OccupationKinship.SameSubgroup or OccupationKinship.SameGroup => 1.05, _ => 1 };
        fit *= 1 - 0.25 * minutes / h.CommuteTolerance;
        if (!vacancy.IsTraining && c.CurrentJob is { } current)
        {
            var hourly = vacancy.Pay.Period == PayPeriod.Hour ? vacancy.Pay.AmountEur : vacancy.Pay.AmountEur / (decimal)Math.Max(1, vacancy.WeeklyHours * 52 / 12);
            if (hourly < current.HourlyWageEur) fit *= 0.75;
            else if (hourly >= current.HourlyWageEur + 1) fit *= 1.05;
        }
        return (Math.Clamp(fit * h.Reliability, 0, 1), null);
    }

    /// <summary>Whether a pair is legal by the benchmark's own reading of the statutes (<see cref="StatuteTable"/>).</summary>
    public bool Legal(int person, Vacancy vacancy, DateOnly on)
    {
        var start = vacancy.StartDate > on ? vacancy.StartDate : on;
        return StatuteTable.MayTakeUp(Region.Candidates[person].Residence, vacancy, on, start.AddDays(90));
    }

    private static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    /// <summary>A uniform draw in [mean - d, mean + d], d = min(mean, 1 - mean): a motivation around <paramref name="mean"/>.</summary>
    private static double Beta(Random r, double mean) => Math.Clamp(mean + (r.NextDouble() - 0.5) * 2 * Math.Min(mean, 1 - mean), 0, 1);
}
