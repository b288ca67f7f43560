using BenchmarkDotNet.Attributes;
using Matcher.Core.Batch;
using Matcher.Core.Generation;

namespace Matcher.Bench.Batch;

/// <summary>
/// The whole pipeline at federal-state scale (50,000 candidates × 20,000 vacancies), as the nightly batch runs it
/// there: each candidate's best 50 pairs, each vacancy's best 40 per place. A few iterations only: one takes ~10 s.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StateBatchBenchmarks
{
    private BatchPipeline pipeline = null!;
    private Region region = null!;

    [GlobalSetup]
    public void Setup()
    {
        var taxonomy = BenchData.Taxonomy();
        region = BenchData.State(taxonomy, 42);
        pipeline = BenchData.Pipeline(taxonomy);
    }

    [Benchmark]
    public int State() => pipeline.Run(region.Candidates, region.Vacancies, BenchData.AsOf,
        new BatchOptions(MaxPairsPerCandidate: 50, MaxPairsPerPlace: 40)).Proposals.Count;
}
