using System.Diagnostics;
using Matcher.Core.Assignment;
using Matcher.Core.Eligibility;
using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Batch;

/// <summary>
/// The nightly re-match of a region: candidate generation → scoring in parallel → optimal capacitated assignment
/// (each candidate at most one proposal, each vacancy at most its places) → proposals with explanations.
/// Records per-stage timings and counts; cancellable between candidates and between solver rows.
/// </summary>
public sealed class BatchPipeline(PairScorer scorer, EligibilityChecker eligibility)
{
    public BatchResult Run(IReadOnlyList<Candidate> candidates, IReadOnlyList<Vacancy> vacancies, DateOnly on, BatchOptions options, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumScore, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MinimumScore, 1);
        var timings = new List<StageTiming>();
        var watch = Stopwatch.StartNew();
        void Stage(string name) { timings.Add(new StageTiming(name, watch.Elapsed)); watch.Restart(); }

        var generator = new PairGenerator(vacancies, scorer, eligibility, on);
        var candidateIndex = Index(candidates.Select(c => c.Id));
        var vacancyIndex = Index(vacancies.Select(v => v.Id));
        var excluded = new HashSet<(int, int)>();
        foreach (var (c, v) in options.Exclusions ?? [])
            if (candidateIndex.TryGetValue(c, out var ci) && vacancyIndex.TryGetValue(v, out var vi)) excluded.Add((ci, vi));
        Stage("index");

        var edges = new (int Vacancy, long Units)[]?[candidates.Count];
        long examined = 0, admitted = 0, aboveMinimum = 0, pruned = 0;
        var minimumUnits = ScoreScale.ToUnits(options.MinimumScore);
        Parallel.For(0, candidates.Count,
            new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
            () => new ThreadTally(generator.NewWorkspace()),
            (i, _, local) =>
            {
                var workspace = local.Workspace;
                var looked = generator.Collect(candidates[i], workspace);
                var admissible = workspace.Admissible;
                var kept = new List<(int Vacancy, long Units)>(admissible.Count);
                // With a per-candidate cut, a pair whose upper bound is below the K-th best so far cannot be kept:
                // skip scoring it. Strictly below, so ties are still scored and the kept set is exactly the same.
                var cut = options.MaxPairsPerCandidate;
                var best = cut is null ? null : local.Best;
                best?.Clear();
                foreach (var (k, distance) in admissible)
                {
                    if (excluded.Count > 0 && excluded.Contains((i, k))) continue;
                    if (best is not null && best.Count == cut && ScoreScale.ToUnits(scorer.UpperBound(candidates[i], k, workspace.Memo)) < best.Peek())
                    {
                        local.Pruned++;
                        continue;
                    }
                    var score = scorer.ScoreValue(candidates[i], k, distance, workspace.Memo);
                    var units = ScoreScale.ToUnits(score);
                    if (units < minimumUnits) continue;
                    kept.Add((k, units));
                    if (best is null) continue;
                    if (best.Count < cut) best.Enqueue(units, units);
                    else if (units > best.Peek()) best.EnqueueDequeue(units, units);
                }
                var above = kept.Count;
                if (options.MaxPairsPerCandidate is { } top && kept.Count > top)
                {
                    kept.Sort((a, b) => a.Units != b.Units ? b.Units.CompareTo(a.Units) : a.Vacancy.CompareTo(b.Vacancy));
                    kept.RemoveRange(top, kept.Count - top);
                }
                edges[i] = [.. kept];
                local.Examined += looked;
                local.Admitted += admissible.Count;
                local.Above += above;
                return local;
            },
            local =>
            {
                Interlocked.Add(ref examined, local.Examined);
                Interlocked.Add(ref admitted, local.Admitted);
                Interlocked.Add(ref aboveMinimum, local.Above);
                Interlocked.Add(ref pruned, local.Pruned);
            });
        Stage("generate+score");

        // Pins: kept when still possible, as edges even if they fell below the minimum or the per-candidate cut.
        var pins = new List<(int Row, int Column)>();
        var dropped = new List<(string, string)>();
        foreach (var (c, v) in options.Pins ?? [])
        {
            if (!candidateIndex.TryGetValue(c, out var ci) || !vacancyIndex.TryGetValue(v, out var vi)
                || !eligibility.Check(candidates[ci].Residence, vacancies[vi], on).IsEligible
                || scorer.Score(candidates[ci], vacancies[vi], on) is { IsKnockedOut: true })
            {
                dropped.Add((c, v));
                continue;
            }
            pins.Add((ci, vi));
            if (!edges[ci]!.Any(e => e.Vacancy == vi))
                edges[ci] = [.. edges[ci]!, (vi, ScoreScale.ToUnits(scorer.Score(candidates[ci], vacancies[vi], on).Value))];
        }

        var count = edges.Sum(e => e!.Length);
        var rows = new int[count];
        var cols = new int[count];
        var units = new long[count];
        var at = 0;
        for (var i = 0; i < edges.Length; i++)
            foreach (var (k, u) in edges[i]!) { rows[at] = i; cols[at] = k; units[at] = u; at++; }
        var problem = AssignmentProblem.Create(candidates.Count, vacancies.Count, rows, cols, units, ObjectiveSense.Maximize,
            assignAllRows: false, vacancies.Select(v => v.Places).ToArray(), pins);
        Stage("build");

        var solution = AssignmentSolver.Solve(problem, cancellation);
        Stage("solve");
        var counts = new BatchCounts((long)candidates.Count * vacancies.Count, examined, admitted, aboveMinimum, count, 0, pruned);
        if (solution.Status != AssignmentStatus.Optimal)
            return new BatchResult(solution.Status, solution.Message, [], 0, null, counts, timings, dropped);
        var verification = AssignmentVerifier.Verify(problem, solution);
        Stage("verify");

        var pinned = pins.ToHashSet();
        var proposals = solution.Pairs()
            .Select(p => new Proposal(candidates[p.Row].Id, vacancies[p.Column].Id,
                scorer.Score(candidates[p.Row], vacancies[p.Column], on),
                eligibility.Check(candidates[p.Row].Residence, vacancies[p.Column], on),
                pinned.Contains(p)))
            .ToList();
        Stage("explain");
        return new BatchResult(AssignmentStatus.Optimal, "", proposals, solution.Objective, verification, counts with { Proposals = proposals.Count }, timings, dropped);
    }

    /// <summary>What one scoring thread carries from candidate to candidate.</summary>
    private sealed class ThreadTally(PairGenerator.Workspace workspace)
    {
        public PairGenerator.Workspace Workspace { get; } = workspace;
        public long Examined;
        public long Admitted;
        public long Above;
        public long Pruned;

        /// <summary>The candidate's best K units so far (a min-heap: the root is the K-th best).</summary>
        public PriorityQueue<long, long> Best { get; } = new();
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var k = 0;
        foreach (var id in ids)
        {
            if (!map.TryAdd(id, k)) throw new ArgumentException($"Id '{id}' appears twice.", nameof(ids));
            k++;
        }
        return map;
    }
}
