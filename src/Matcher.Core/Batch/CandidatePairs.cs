using Matcher.Core.Assignment;
using Matcher.Core.People;
using Matcher.Core.Scoring;

namespace Matcher.Core.Batch;

/// <summary>
/// Which of one candidate's pairs the batch keeps, and with what: every pair that reaches the minimum (exact), the best
/// K (a per-candidate cut), or the best K scored and the rest with their bound (exact, scored on demand). All three
/// rest on the occupation profile bound and the pair bounds (profile bound × commute factor, then the pair's own,
/// <see cref="PairScorer.FactorsOf"/>), so most pairs that cannot matter are never scored, or not even collected.
/// </summary>
internal sealed class CandidatePairs(PairScorer scorer)
{
    /// <summary>
    /// Scores every admissible pair of the candidate that could reach the minimum and keeps those at or above it: an
    /// occupation profile whose upper bound is below the minimum is not even collected.
    /// </summary>
    public List<(int Vacancy, long Units)> KeepAll(
        int row, Candidate candidate, PairGenerator generator, ThreadTally local, long minimumUnits, HashSet<(int, int)> excluded)
    {
        var workspace = local.Workspace;
        CollectReachingMinimum(candidate, generator, local, minimumUnits);
        var admissible = workspace.Admissible;
        var kept = local.Kept;
        kept.Clear();
        foreach (var (k, _) in admissible)
        {
            if (excluded.Count > 0 && excluded.Contains((row, k))) continue;
            local.Scored++;
            var units = ScoreScale.ToUnits(scorer.ScoreValue(candidate, k, workspace.DistanceKm(k), workspace.Memo));
            if (units >= minimumUnits) kept.Add((k, units));
        }
        local.Above += kept.Count;
        return kept;
    }

    /// <summary>
    /// Starts <paramref name="candidate"/>, bounds every occupation profile (into <c>local.ProfileBound</c>) and collects,
    /// in one walk, the admissible pairs of the profiles whose bound reaches the minimum.
    /// </summary>
    private void CollectReachingMinimum(Candidate candidate, PairGenerator generator, ThreadTally local, long minimumUnits)
    {
        var workspace = local.Workspace;
        PairGenerator.StartCandidate(candidate, workspace);
        var skip = workspace.SkipProfile;
        var profileBound = local.ProfileBound;
        for (var p = 0; p < skip.Length; p++)
        {
            profileBound[p] = scorer.UpperBound(candidate, p, workspace.Memo, (double)minimumUnits / ScoreScale.UnitsPerScore);
            skip[p] = ScoreScale.ToUnits(profileBound[p]) < minimumUnits;
            if (skip[p]) local.SkippedProfiles++;
        }
        local.Examined += generator.CollectRemaining(candidate, workspace);
        local.Admitted += workspace.Admissible.Count;
    }

    /// <summary>
    /// Every admissible pair of the candidate that could reach the minimum, of which the best <paramref name="cut"/> are
    /// scored (found as in <see cref="KeepBest"/>, best bound first) and the rest carry their bound
    /// (<see cref="PricedAssignmentSolver.Unscored"/>), to be scored only if pricing asks. A candidate with fewer than
    /// K pairs at or above the minimum gets all of them scored. The pairs are ordered by the cheap bound (profile times
    /// commute); a pair's own factors are taken only where that bound reaches the K-th best score so far, so the many
    /// pairs below it keep the cheap bound.
    /// </summary>
    public List<(int Vacancy, long Units)> KeepBestScored(
        int row, Candidate candidate, PairGenerator generator, ThreadTally local, int cut, long minimumUnits, HashSet<(int, int)> excluded)
    {
        var workspace = local.Workspace;
        CollectReachingMinimum(candidate, generator, local, minimumUnits);
        var admissible = workspace.Admissible;
        var profileBound = local.ProfileBound;
        local.Commute.Fill(candidate);
        var order = local.Order;
        order.Start(minimumUnits, ScoreScale.UnitsPerScore);
        var prepared = workspace.Memo.Prepared;
        for (var a = 0; a < admissible.Count; a++)
        {
            var (k, atLeast) = admissible[a];
            if (excluded.Count > 0 && excluded.Contains((row, k))) continue;
            var bound = ScoreScale.ToUnits(profileBound[prepared.ProfileOf(k)] * local.Commute.AtMost(atLeast));
            if (bound >= minimumUnits) order.Add(a, bound);
        }
        order.Order();

        var best = local.Best;
        best.Clear();
        var kept = local.Kept;
        kept.Clear();
        for (var t = 0; t < order.Count; t++)
        {
            var (k, atLeast) = admissible[order.ItemAt(t)];
            var bound = order.BoundAt(t);
            if (best.Count < cut || bound >= best.Peek())
            {
                var factors = scorer.FactorsOf(candidate, k, workspace.Memo);
                bound = OwnBound(factors, local.Commute.AtMost(atLeast));
                if (bound < minimumUnits) continue;
                if (best.Count < cut || bound >= best.Peek())
                {
                    if (ScoreIntoBest(candidate, k, local, cut, minimumUnits, factors) is { } units) kept.Add((k, units));
                    continue;
                }
            }
            kept.Add((k, PricedAssignmentSolver.Unscored(bound)));
        }
        return kept;
    }

    /// <summary>
    /// An upper bound of the pair's score in units: its profile's bound times the commute factor at the lower bound of
    /// its distance, then, unless that is already below <paramref name="floor"/>, the pair's own factors with that
    /// commute factor (<see cref="PairScorer.FactorsOf"/>, left in <paramref name="factors"/> for scoring; null when not
    /// taken). Needs the profile's bound computed for this candidate.
    /// </summary>
    private long PairBound(Candidate candidate, int vacancy, double profileBound, double atLeast, ThreadTally local, long floor, out PairFactors? factors)
    {
        var commute = local.Commute.AtMost(atLeast);
        var coarse = ScoreScale.ToUnits(profileBound * commute);
        factors = null;
        if (coarse < floor) return coarse;
        var own = scorer.FactorsOf(candidate, vacancy, local.Workspace.Memo);
        factors = own;
        return OwnBound(own, commute);
    }

    /// <summary>
    /// A pair's own bound in units, from its factors and a commute factor no smaller than its own. The product is
    /// monotone in the commute factor, and so is that factor in the distance where its weight is 0, ½, 1 or 2; a fitted
    /// weight goes through <see cref="Math.Pow(double, double)"/>, accurate to about an ulp but not promised monotone
    /// to the last bit, which the slack covers many times over.
    /// </summary>
    private static long OwnBound(in PairFactors factors, double commuteAtMost) => ScoreScale.ToUnits(factors.With(commuteAtMost) + PowSlack);

    private const double PowSlack = 1e-12;

    /// <summary>Scores the pair and offers it to the candidate's best K so far (<c>local.Best</c>); null below the minimum.</summary>
    private long? ScoreIntoBest(Candidate candidate, int vacancy, ThreadTally local, int cut, long minimumUnits, in PairFactors? factors = null)
    {
        var workspace = local.Workspace;
        local.Scored++;
        var distance = workspace.DistanceKm(vacancy);
        var units = ScoreScale.ToUnits(factors is { } known
            ? scorer.ScoreValue(candidate, vacancy, distance, workspace.Memo, known)
            : scorer.ScoreValue(candidate, vacancy, distance, workspace.Memo));
        if (units < minimumUnits) return null;
        local.Above++;
        var best = local.Best;
        if (best.Count < cut) best.Enqueue(units, units);
        else if (units > best.Peek()) best.EnqueueDequeue(units, units);
        return units;
    }

    /// <summary>
    /// The candidate's best <paramref name="cut"/> pairs, exactly as scoring every admissible pair and sorting would
    /// find them (ties at the cut go to the lower vacancy index), without scoring most of them. Each occupation
    /// profile gets an upper bound (occupation fit, qualification and the skills held decide most of a score and are
    /// the same for every vacancy of a profile), and the profiles are visited best bound first, each on its own grid.
    /// Once the candidate has K pairs, the K-th best score is a floor: a pair whose bound (<see cref="PairBound"/>) is
    /// below it is not scored, and the first profile whose bound is below it ends the search.
    /// Strictly below: ties are scored.
    /// </summary>
    public List<(int Vacancy, long Units)> KeepBest(
        int row, Candidate candidate, PairGenerator generator, ThreadTally local, int cut, long minimumUnits, HashSet<(int, int)> excluded)
    {
        var workspace = local.Workspace;
        PairGenerator.StartCandidate(candidate, workspace);
        var profileBound = local.ProfileBound;
        var order = local.Order;
        order.Start(minimumUnits, ScoreScale.UnitsPerScore);
        for (var p = 0; p < profileBound.Length; p++)
        {
            profileBound[p] = scorer.UpperBound(candidate, p, workspace.Memo, (double)minimumUnits / ScoreScale.UnitsPerScore);
            var units = ScoreScale.ToUnits(profileBound[p]);
            if (units >= minimumUnits) order.Add(p, units);
            else local.SkippedProfiles++;
        }
        order.Order();
        local.Commute.Fill(candidate);

        var best = local.Best;
        best.Clear();
        var kept = local.Kept;
        kept.Clear();
        var admissible = workspace.Admissible;
        var t = 0;
        for (; t < order.Count; t++)
        {
            if (best.Count == cut && order.BoundAt(t) < best.Peek())
            {
                if (order.SliceTopAt(t) < best.Peek()) break;
                local.SkippedProfiles++;
                continue;
            }
            var profile = order.ItemAt(t);
            admissible.Clear();
            local.Examined += generator.CollectProfile(candidate, profile, workspace);
            local.Admitted += admissible.Count;
            foreach (var (k, atLeast) in admissible)
            {
                var floor = best.Count == cut ? Math.Max(minimumUnits, best.Peek()) : minimumUnits;
                if (PairBound(candidate, k, profileBound[profile], atLeast, local, floor, out var factors) < floor) continue;
                if (excluded.Count > 0 && excluded.Contains((row, k))) continue;
                // Below the K-th best so far, it cannot make the cut.
                if (ScoreIntoBest(candidate, k, local, cut, minimumUnits, factors) is not { } units || units < best.Peek()) continue;
                kept.Add((k, units));
            }
        }
        local.SkippedProfiles += order.Count - t;
        if (kept.Count > cut)
        {
            var threshold = best.Peek();
            kept.RemoveAll(e => e.Units < threshold);
            kept.Sort((a, b) => a.Units != b.Units ? b.Units.CompareTo(a.Units) : a.Vacancy.CompareTo(b.Vacancy));
            kept.RemoveRange(cut, kept.Count - cut);
        }
        return kept;
    }

    /// <summary>What one scoring thread carries from candidate to candidate.</summary>
    public sealed class ThreadTally(PairGenerator.Workspace workspace, int profiles, CommuteFactorSteps commute)
    {
        public PairGenerator.Workspace Workspace { get; } = workspace;

        /// <summary>The current candidate's commute factors by distance, for the pairs' bounds.</summary>
        public CommuteFactorSteps Commute { get; } = commute;

        /// <summary>The current candidate's occupation profiles or pairs in best-first order of their bounds.</summary>
        public BestFirstSlices Order { get; } = new();
        public long Examined;
        public long Admitted;
        public long Scored;
        public long Above;
        public long SkippedProfiles;

        /// <summary>The candidate's kept pairs so far (copied out per candidate).</summary>
        public List<(int Vacancy, long Units)> Kept { get; } = new(1024);

        /// <summary>The candidate's best K units so far (a min-heap: the root is the K-th best).</summary>
        public PriorityQueue<long, long> Best { get; } = new();

        /// <summary>The current candidate's <see cref="PairScorer.UpperBound(Candidate, int, ScoreMemo)"/> per profile.</summary>
        public double[] ProfileBound { get; } = new double[profiles];
    }
}
