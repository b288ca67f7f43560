using BenchmarkDotNet.Attributes;
using Matcher.Core.People;
using Matcher.Core.Scoring;
using Matcher.Core.Vacancies;

namespace Matcher.Bench.Scoring;

/// <summary>Scoring throughput on district data: 200 candidates x 100 vacancies = 20,000 pairs per operation.</summary>
[MemoryDiagnoser]
public class PairScorerBenchmarks
{
    public const int Pairs = 200 * 100;

    private PairScorer scorer = null!;
    private Candidate[] candidates = null!;
    private Vacancy[] vacancies = null!;
    private PreparedVacancies prepared = null!;

    [GlobalSetup]
    public void Setup()
    {
        var taxonomy = BenchData.Taxonomy();
        var region = BenchData.District(taxonomy);
        scorer = new PairScorer(taxonomy, ScoringWeights.Default);
        candidates = [.. region.Candidates.Take(200)];
        vacancies = [.. region.Vacancies.Take(100)];
        prepared = scorer.Prepare(vacancies, BenchData.AsOf);
    }

    /// <summary>The batch's path: vacancies prepared once, a memo per candidate (distance computed per pair as well).</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public double ScorePrepared()
    {
        double sum = 0;
        var memo = prepared.NewMemo();
        foreach (var c in candidates)
        {
            memo.StartCandidate();
            for (var k = 0; k < vacancies.Length; k++)
                sum += scorer.ScoreValue(c, k, c.Home.DistanceKmTo(vacancies[k].Location), memo);
        }
        return sum;
    }

    /// <summary>The value alone, as the batch scores (no explanation built).</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public double ScoreValue()
    {
        double sum = 0;
        foreach (var c in candidates)
            foreach (var v in vacancies)
                sum += scorer.ScoreValue(c, v, BenchData.AsOf);
        return sum;
    }

    /// <summary>Time per pair (OperationsPerInvoke); pairs per second = 1 s / mean.</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public double ScorePair()
    {
        double sum = 0;
        foreach (var c in candidates)
            foreach (var v in vacancies)
                sum += scorer.Score(c, v, BenchData.AsOf).Value;
        return sum;
    }
}
