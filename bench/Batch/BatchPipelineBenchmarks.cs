using BenchmarkDotNet.Attributes;
using Matcher.Core.Batch;
using Matcher.Core.Generation;

namespace Matcher.Bench.Batch;

/// <summary>The whole nightly pipeline at district scale (2,000 candidates × 1,000 vacancies), exact (no per-candidate cut).</summary>
[MemoryDiagnoser]
public class BatchPipelineBenchmarks
{
    private BatchPipeline pipeline = null!;
    private Region region = null!;

    [GlobalSetup]
    public void Setup()
    {
        var taxonomy = BenchData.Taxonomy();
        region = BenchData.District(taxonomy);
        pipeline = BenchData.Pipeline(taxonomy);
    }

    [Benchmark]
    public int District() => pipeline.Run(region.Candidates, region.Vacancies, BenchData.AsOf, new BatchOptions()).Proposals.Count;
}
