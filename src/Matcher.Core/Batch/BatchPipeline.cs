using System.Diagnostics;
using Matcher.Core.Assignment;
using Matcher.Core.Assignment.Constrained;
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
    public BatchResult Run(IReadOnlyList<Candidate> candidates, IReadOnlyList<Vacancy> vacancies, DateOnly on, BatchOptions options, CancellationToken cancellation = default) =>
        Run(candidates, vacancies, on, options, null, cancellation);

    /// <summary>
    /// Runs the pipeline; <paramref name="progress"/>, when given, hears each stage as it ends (index, generate+score,
    /// vacancy cut, build, solve, verify, explain) with its time.
    /// </summary>
    public BatchResult Run(IReadOnlyList<Candidate> candidates, IReadOnlyList<Vacancy> vacancies, DateOnly on, BatchOptions options,
        IProgress<StageTiming>? progress, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumScore, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MinimumScore, 1);
        var timings = new List<StageTiming>();
        var watch = Stopwatch.StartNew();
        void Stage(string name)
        {
            var timing = new StageTiming(name, watch.Elapsed);
            timings.Add(timing);
            progress?.Report(timing);
            watch.Restart();
        }

        var generator = new PairGenerator(vacancies, scorer, eligibility, on);
        var candidateIndex = Index(candidates.Select(c => c.Id));
        var vacancyIndex = Index(vacancies.Select(v => v.Id));
        var excluded = new HashSet<(int, int)>();
        foreach (var (c, v) in options.Exclusions ?? [])
            if (candidateIndex.TryGetValue(c, out var ci) && vacancyIndex.TryGetValue(v, out var vi)) excluded.Add((ci, vi));
        Stage("index");

        var edges = new (int Vacancy, long Units)[]?[candidates.Count];
        long examined = 0, admitted = 0, scored = 0, aboveMinimum = 0, skipped = 0;
        var minimumUnits = ScoreScale.ToUnits(options.MinimumScore);
        var onDemand = options.MaxPairsPerCandidate is null && options.Constraints is not { IsEmpty: false }
            && (long)candidates.Count * vacancies.Count > options.ScoreOnDemandAbovePairs;
        var keeping = new CandidatePairs(scorer);
        Parallel.For(0, candidates.Count,
            new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
            () => new CandidatePairs.ThreadTally(generator.NewWorkspace(), generator.ProfileCount, new CommuteFactorSteps(scorer)),
            (i, _, local) =>
            {
                var kept = options.MaxPairsPerCandidate is { } cut ? keeping.KeepBest(i, candidates[i], generator, local, cut, minimumUnits, excluded)
                    : onDemand ? keeping.KeepBestScored(i, candidates[i], generator, local, PricingStartPerRow, minimumUnits, excluded)
                    : keeping.KeepAll(i, candidates[i], generator, local, minimumUnits, excluded);
                edges[i] = [.. kept];
                return local;
            },
            local =>
            {
                Interlocked.Add(ref examined, local.Examined);
                Interlocked.Add(ref admitted, local.Admitted);
                Interlocked.Add(ref scored, local.Scored);
                Interlocked.Add(ref aboveMinimum, local.Above);
                Interlocked.Add(ref skipped, local.SkippedProfiles);
            });
        Stage("generate+score");

        long cutByVacancy = 0;
        if (options.MaxPairsPerPlace is { } perPlace)
        {
            cutByVacancy = VacancyCut.Apply(edges, [.. vacancies.Select(v => v.Places)], perPlace, options.MaxDegreeOfParallelism);
            Stage("vacancy cut");
        }

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
            var pinUnits = ScoreScale.ToUnits(scorer.Score(candidates[ci], vacancies[vi], on).Value);
            var at = Array.FindIndex(edges[ci]!, e => e.Vacancy == vi);
            if (at < 0) edges[ci] = [.. edges[ci]!, (vi, pinUnits)];
            else edges[ci]![at] = (vi, pinUnits); // scored, should it carry only a bound
        }

        var count = edges.Sum(e => e!.Length);
        var capacities = vacancies.Select(v => v.Places).ToArray();
        var counts = new BatchCounts((long)candidates.Count * vacancies.Count, examined, admitted, scored, aboveMinimum, count, 0, skipped, cutByVacancy);
        if (options.Constraints is { IsEmpty: false } constraints)
        {
            var problem = Flatten(candidates.Count, vacancies.Count, edges!, capacities, pins);
            Stage("build");
            return RunConstrained(problem, constraints, candidates, vacancies, candidateIndex, vacancyIndex, on, pins, dropped, timings, Stage, counts);
        }
        var whole = onDemand || count > options.PricedAbovePairs ? null : Flatten(candidates.Count, vacancies.Count, edges!, capacities, pins);
        Stage("build");

        Func<AssignmentProblem, AssignmentResult> engine = options.Engine == AssignmentEngine.OrTools
            ? OrToolsAssignmentSolver.Solve
            : problem => AssignmentSolver.Solve(problem, cancellation);
        AssignmentProblem solved;
        AssignmentResult solution;
        var rounds = 0;
        if (whole is null)
        {
            // Many pairs: each person's best first, and of those each vacancy's best per place; the certificate says
            // which others could still matter (scored then, if only their bound is known). Many people want the same
            // vacancies here, and short bidding in the first round's start serves best; later rounds start warm.
            Func<AssignmentProblem, AssignmentResult?, AssignmentResult> round = options.Engine == AssignmentEngine.OrTools
                ? (problem, _) => engine(problem)
                : (problem, previous) => AssignmentSolver.Solve(problem, startStepsPerRow: 5, previous, cancellation);
            using var later = new LaterScoring(scorer, candidates, generator, minimumUnits);
            var priced = PricedAssignmentSolver.Solve(vacancies.Count, capacities, edges!, pins, PricingStartPerRow, round, options.MaxDegreeOfParallelism,
                PricingStartPerPlace, onDemand ? later.Score : null, cancellation);
            (solved, solution, rounds) = (priced.Restricted, priced.Result, priced.Rounds);
            counts = counts with { PairsScored = counts.PairsScored + later.Scored, PairsAboveMinimum = counts.PairsAboveMinimum + later.Kept };
        }
        else
        {
            solved = whole;
            solution = engine(solved);
        }
        Stage("solve");
        counts = counts with { EdgesSolved = solved.EdgeCount, PricingRounds = rounds };
        if (solution.Status != AssignmentStatus.Optimal)
            return new BatchResult(solution.Status, solution.Message, [], 0, null, counts, timings, dropped);
        var verification = AssignmentVerifier.Verify(solved, solution);
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

    /// <summary>How many of their best pairs each person's row starts with in the priced solve.</summary>
    private const int PricingStartPerRow = 40;

    /// <summary>Of those, each vacancy's best this many per place start (the rest may come back by pricing).</summary>
    private const int PricingStartPerPlace = 40;

    /// <summary>Every kept pair as one problem (the side constraints need all of them at once).</summary>
    private static AssignmentProblem Flatten(int rowCount, int columnCount, (int Vacancy, long Units)[][] edges, int[] capacities, List<(int Row, int Column)> pins)
    {
        var count = edges.Sum(e => e.Length);
        var rows = new int[count];
        var cols = new int[count];
        var units = new long[count];
        var at = 0;
        for (var i = 0; i < edges.Length; i++)
            foreach (var (k, u) in edges[i]) { rows[at] = i; cols[at] = k; units[at] = u; at++; }
        return AssignmentProblem.Create(rowCount, columnCount, rows, cols, units, ObjectiveSense.Maximize, assignAllRows: false, capacities, pins);
    }

    /// <summary>The assignment under side constraints, with CP-SAT: employers' limits as column groups, the change budget against the previous proposals.</summary>
    private BatchResult RunConstrained(AssignmentProblem problem, RunConstraints constraints, IReadOnlyList<Candidate> candidates, IReadOnlyList<Vacancy> vacancies,
        Dictionary<string, int> candidateIndex, Dictionary<string, int> vacancyIndex, DateOnly on, List<(int Row, int Column)> pins,
        List<(string, string)> dropped, List<StageTiming> timings, Action<string> stage, BatchCounts counts)
    {
        var groups = new List<ColumnGroupLimit>();
        if (constraints.MaxNewHiresPerEmployer is { } limit)
            foreach (var employer in Enumerable.Range(0, vacancies.Count).GroupBy(j => vacancies[j].Employer, StringComparer.Ordinal))
                if (employer.Sum(j => vacancies[j].Places) > limit) groups.Add(new ColumnGroupLimit(employer.Key, [.. employer], limit));
        ChangeBudget? budget = null;
        if (constraints.MaxChanges is { } changes)
        {
            var previous = new int[candidates.Count];
            Array.Fill(previous, -1);
            foreach (var (c, v) in constraints.Previous ?? [])
                if (candidateIndex.TryGetValue(c, out var ci) && vacancyIndex.TryGetValue(v, out var vi)) previous[ci] = vi;
            budget = new ChangeBudget(previous, changes);
        }
        RowGroupParity? parity = null;
        if (constraints.Parity is { } p)
        {
            int[] Rows(IReadOnlySet<string> ids) => [.. ids.Where(candidateIndex.ContainsKey).Select(id => candidateIndex[id])];
            var (protectedRows, referenceRows) = (Rows(p.Protected), Rows(p.Reference));
            // Without people in both groups there is nothing to compare.
            if (protectedRows.Length > 0 && referenceRows.Length > 0) parity = new RowGroupParity(p.Name, protectedRows, referenceRows, p.RatioPercent);
        }
        ColumnShare? share = null;
        if (constraints.TrainingShare is { } t)
            share = new ColumnShare(t.Name, [.. t.People.Where(candidateIndex.ContainsKey).Select(id => candidateIndex[id])],
                [.. Enumerable.Range(0, vacancies.Count).Where(j => vacancies[j].IsTraining)], t.SharePercent);
        var solved = ConstrainedAssignmentSolver.Solve(problem, new SideConstraints(groups, budget, parity, share), TimeSpan.FromSeconds(constraints.TimeLimitSeconds));
        stage("solve (side constraints)");
        if (solved.Status is ConstrainedStatus.Infeasible or ConstrainedStatus.Unsolved)
            return new BatchResult(solved.Status == ConstrainedStatus.Infeasible ? AssignmentStatus.Infeasible : AssignmentStatus.Unsolved,
                solved.Message, [], 0, null, counts, timings, dropped, solved);

        var pinned = pins.ToHashSet();
        var proposals = Enumerable.Range(0, candidates.Count).Where(i => solved.RowToColumn[i] >= 0)
            .Select(i => new Proposal(candidates[i].Id, vacancies[solved.RowToColumn[i]].Id,
                scorer.Score(candidates[i], vacancies[solved.RowToColumn[i]], on),
                eligibility.Check(candidates[i].Residence, vacancies[solved.RowToColumn[i]], on),
                pinned.Contains((i, solved.RowToColumn[i]))))
            .ToList();
        stage("explain");
        return new BatchResult(AssignmentStatus.Optimal, "", proposals, solved.Objective, null, counts with { Proposals = proposals.Count }, timings, dropped, solved);
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
