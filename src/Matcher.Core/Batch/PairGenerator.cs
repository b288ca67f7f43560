using Matcher.Core.Eligibility;
using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Batch;

/// <summary>
/// Candidate generation for the batch: for one candidate, the vacancies that exhaustive scoring could admit.
/// Vacancies out of commuting reach are skipped through the grid and a distance lower bound; the rest pass the
/// scorer's own knock-out predicates (cheapest first) and then the legal gate. Because these are exactly the
/// conditions under which scoring returns a knock-out or eligibility says no, no admissible pair is lost (a test
/// pins this). What the checks read of a vacancy is copied once into an array in grid order, so a neighbourhood is
/// read sequentially; the legal gate is decided once per candidate and vacancy class (<see cref="EligibilityChecker.VacancyClassKey"/>).
/// </summary>
public sealed class PairGenerator
{
    /// <summary>Kilometres per degree of latitude, rounded down: a safe factor for the lower bound of the distance.</summary>
    private const double KmPerDegreeBelow = 111.19;

    /// <summary>
    /// Kilometres per degree of latitude with room for the haversine's curvature, for the upper bound of the distance
    /// (equirectangular with the larger cosine): below 600 km the great circle is at most 0.05 % longer than that.
    /// </summary>
    private const double KmPerDegreeAbove = 111.2 * 1.001;

    private readonly IReadOnlyList<Vacancy> vacancies;
    private readonly PairScorer scorer;
    private readonly EligibilityChecker eligibility;
    private readonly DateOnly on;
    private readonly VacancyGrid grid;
    private readonly Slot[] slots;
    private readonly ProfileIndex[] byProfile;
    private readonly GeoPoint[] locations;
    private readonly double[] latitudeCosines;
    private readonly int legalClasses;

    public PairGenerator(IReadOnlyList<Vacancy> vacancies, PairScorer scorer, EligibilityChecker eligibility, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(eligibility);
        this.vacancies = vacancies;
        this.scorer = scorer;
        this.eligibility = eligibility;
        this.on = on;
        grid = new VacancyGrid(vacancies);
        Prepared = scorer.Prepare(vacancies, on);
        var classes = new Dictionary<long, int>();
        Slot SlotOf(int k)
        {
            var v = vacancies[k];
            var key = eligibility.VacancyClassKey(v);
            if (!classes.TryGetValue(key, out var legalClass)) classes[key] = legalClass = classes.Count;
            ref readonly var facts = ref Prepared.FactsOf(k);
            return new Slot(k, v.Location, v.Location.LatitudeCosine(),
                facts.LatestAvailability, v.MinimumGerman, facts.PayBelowMinimum, v.DrivingLicenceRequired, facts.RegulatedWork, legalClass, Prepared.ProfileOf(k));
        }
        slots = [.. grid.Slots.Select(SlotOf)];
        byProfile = new ProfileIndex[Prepared.ProfileCount];
        foreach (var members in Enumerable.Range(0, vacancies.Count).GroupBy(Prepared.ProfileOf))
        {
            var list = members.ToArray();
            var profileGrid = new VacancyGrid([.. list.Select(k => vacancies[k])]);
            byProfile[members.Key] = new ProfileIndex(profileGrid, [.. profileGrid.Slots.Select(s => SlotOf(list[s]))]);
        }
        locations = [.. vacancies.Select(v => v.Location)];
        latitudeCosines = [.. locations.Select(l => l.LatitudeCosine())];
        legalClasses = classes.Count;
    }

    /// <summary>Number of occupation profiles (<see cref="PreparedVacancies.ProfileOf"/>).</summary>
    public int ProfileCount => Prepared.ProfileCount;

    /// <summary>The vacancies made ready for scoring the generated pairs (<see cref="PairScorer.ScoreValue(Candidate, int, double, ScoreMemo)"/>).</summary>
    public PreparedVacancies Prepared { get; }

    /// <summary>Scratch space for one thread: reuse it for the candidates that thread handles.</summary>
    public Workspace NewWorkspace() => new(legalClasses, Prepared.ProfileCount, Prepared.NewMemo(), locations, latitudeCosines);

    /// <summary>Indexes of admissible vacancies for <paramref name="candidate"/>, ascending; <paramref name="looked"/> counts the vacancies examined.</summary>
    public List<int> For(Candidate candidate, out int looked)
    {
        var workspace = NewWorkspace();
        looked = Collect(candidate, workspace);
        var result = workspace.Admissible.Select(p => p.Vacancy).ToList();
        result.Sort();
        return result;
    }

    /// <summary>
    /// Replaces <c>workspace.Admissible</c> with the admissible vacancies for <paramref name="candidate"/> (in grid
    /// order) and readies the workspace's score memo for this candidate; returns how many vacancies were examined.
    /// </summary>
    public int Collect(Candidate candidate, Workspace workspace)
    {
        StartCandidate(candidate, workspace);
        return Screen(candidate, grid, slots, workspace);
    }

    /// <summary>
    /// Adds to <c>workspace.Admissible</c> the admissible vacancies of every profile not marked in
    /// <c>workspace.SkipProfile</c>, in one pass over the candidate's reach (grid order); returns how many vacancies
    /// were examined. Call <see cref="StartCandidate"/> first, then mark the profiles that cannot matter.
    /// </summary>
    public int CollectRemaining(Candidate candidate, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(workspace);
        return Screen(candidate, grid, slots, workspace);
    }

    /// <summary>
    /// Adds to <c>workspace.Admissible</c> the admissible vacancies of one occupation profile (what <see cref="Collect"/>
    /// would find of that profile) from the profile's own grid; returns how many vacancies were examined. Lets a caller
    /// that keeps only the best pairs visit profiles best bound first and stop where no pair of the rest could make the cut.
    /// </summary>
    public int CollectProfile(Candidate candidate, int profile, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(workspace);
        var index = byProfile[profile];
        return Screen(candidate, index.Grid, index.Slots, workspace);
    }

    /// <summary>Forgets the previous candidate: empties <c>workspace.Admissible</c>, the skipped profiles, the legal decisions and the score memo.</summary>
    public static void StartCandidate(Candidate candidate, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(workspace);
        workspace.CommuteLimit = CommuteEstimator.LimitDistanceKm(candidate.Mobility);
        workspace.Reach = CommuteEstimator.MaxReachKm(candidate.Mobility) + 0.01;
        workspace.Window = VacancyGrid.Around(candidate.Home, workspace.Reach);
        workspace.Home = candidate.Home;
        workspace.HomeLatitudeCosine = candidate.Home.LatitudeCosine();
        workspace.Admissible.Clear();
        Array.Fill(workspace.Legal, (sbyte)-1);
        Array.Clear(workspace.SkipProfile);
        workspace.Memo.StartCandidate();
    }

    private int Screen(Candidate candidate, VacancyGrid cells, Slot[] screened, Workspace workspace)
    {
        var ranges = workspace.Ranges;
        var admissible = workspace.Admissible;
        var legal = workspace.Legal;
        ranges.Clear();

        var mobility = candidate.Mobility;
        var reach = workspace.Reach;
        var home = candidate.Home;
        var cosHome = workspace.HomeLatitudeCosine;
        var boundSquared = reach * reach / (KmPerDegreeBelow * KmPerDegreeBelow * 0.98);
        var lowerScale = KmPerDegreeBelow * Math.Sqrt(0.98);
        var german = candidate.GermanLevel;
        var licence = mobility.HasDrivingLicence;
        var available = candidate.AvailableFrom;
        var (within, beyond) = workspace.CommuteLimit;
        var skip = workspace.SkipProfile;
        var examined = 0;
        cells.CollectIn(workspace.Window, ranges);
        foreach (var (start, count) in ranges)
        {
            for (var s = start; s < start + count; s++)
            {
                ref readonly var slot = ref screened[s];
                if (skip[slot.Profile]) continue;
                examined++;
                if (slot.PayBelowMinimum || slot.MinimumGerman - german > 1 || (slot.NeedsLicence && !licence) || available > slot.LatestAvailability) continue;
                // Lower bound of the great-circle distance (equirectangular with the smaller cosine, 2% slack): skip the clearly far.
                var dLat = slot.Location.Latitude - home.Latitude;
                var dLonDegrees = slot.Location.Longitude - home.Longitude;
                var dLon = dLonDegrees * Math.Min(cosHome, slot.CosLatitude);
                var nearSquared = dLat * dLat + dLon * dLon;
                if (nearSquared > boundSquared) continue;
                // Upper bound (the larger cosine): clearly within the commuting limit needs no exact distance here.
                var dLonAbove = dLonDegrees * Math.Max(cosHome, slot.CosLatitude) * KmPerDegreeAbove;
                var dLatAbove = dLat * KmPerDegreeAbove;
                var atLeast = Math.Sqrt(nearSquared) * lowerScale;
                if (!(within > 0 && dLatAbove * dLatAbove + dLonAbove * dLonAbove <= within * within))
                {
                    var distance = GeoPoint.DistanceKm(home, cosHome, slot.Location, slot.CosLatitude);
                    if (distance > reach) continue;
                    if (distance > within && (distance >= beyond || 2 * CommuteEstimator.Fastest(mobility, distance).OneWayMinutes > mobility.MaxDailyCommuteMinutes)) continue;
                    atLeast = distance;
                }
                if (slot.RegulatedWork && scorer.RegulatedWithoutRecognition(candidate, vacancies[slot.Vacancy])) continue;
                ref var allowed = ref legal[slot.LegalClass];
                if (allowed < 0) allowed = eligibility.IsEligible(candidate.Residence, vacancies[slot.Vacancy], on) ? (sbyte)1 : (sbyte)0;
                if (allowed == 0) continue;
                admissible.Add(new AdmissiblePair(slot.Vacancy, atLeast));
            }
        }
        return examined;
    }

    /// <summary>The vacancies of one occupation profile on their own grid.</summary>
    private sealed record ProfileIndex(VacancyGrid Grid, Slot[] Slots);

    /// <summary>What the screening reads of one vacancy, stored in grid order.</summary>
    private readonly record struct Slot(
        int Vacancy, GeoPoint Location, double CosLatitude, DateOnly LatestAvailability, CefrLevel MinimumGerman,
        bool PayBelowMinimum, bool NeedsLicence, bool RegulatedWork, int LegalClass, int Profile);

    /// <summary>Per-thread scratch: the grid's neighbourhood, the legal decisions per vacancy class and the score memo.</summary>
    public sealed class Workspace
    {
        private readonly GeoPoint[] locations;
        private readonly double[] latitudeCosines;

        internal Workspace(int legalClasses, int profiles, ScoreMemo memo, GeoPoint[] locations, double[] latitudeCosines)
        {
            Legal = new sbyte[legalClasses];
            SkipProfile = new bool[profiles];
            Memo = memo;
            this.locations = locations;
            this.latitudeCosines = latitudeCosines;
        }

        /// <summary>
        /// The straight-line distance from the current candidate's home to the vacancy at <paramref name="vacancy"/>:
        /// <see cref="GeoPoint.DistanceKmTo"/> to the last bit, the distance a score needs.
        /// </summary>
        public double DistanceKm(int vacancy) => GeoPoint.DistanceKm(Home, HomeLatitudeCosine, locations[vacancy], latitudeCosines[vacancy]);

        internal GeoPoint Home { get; set; }

        /// <summary>The current candidate's reach (<see cref="CommuteEstimator.MaxReachKm"/>, with a margin) and the grid cells it touches.</summary>
        internal double Reach { get; set; }

        internal VacancyGrid.Window Window { get; set; }

        internal double HomeLatitudeCosine { get; set; }

        internal List<(int Start, int Count)> Ranges { get; } = new(64);

        internal sbyte[] Legal { get; }

        /// <summary>Profiles <see cref="CollectRemaining"/> leaves out (cleared for each candidate).</summary>
        public bool[] SkipProfile { get; }

        /// <summary>The current candidate's <see cref="CommuteEstimator.LimitDistanceKm"/>.</summary>
        internal (double Within, double Beyond) CommuteLimit { get; set; }

        /// <summary>The last <see cref="Collect"/> call's admissible pairs.</summary>
        public List<AdmissiblePair> Admissible { get; } = new(1024);

        /// <summary>The score memo, started for the last collected candidate.</summary>
        public ScoreMemo Memo { get; }
    }
}
