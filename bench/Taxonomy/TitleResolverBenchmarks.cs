using BenchmarkDotNet.Attributes;
using Matcher.Core.Taxonomy;

namespace Matcher.Bench.Taxonomy;

/// <summary>Free-text title resolution: exact hits, gender forms, typos and misses.</summary>
[MemoryDiagnoser]
public class TitleResolverBenchmarks
{
    private static readonly string[] Titles =
    [
        "Elektroniker (m/w/d) Energie- und Gebäudetechnik", "Köchin", "Fachlagerist*in", "Maler und Lackierer", "Altenpflegehelferin",
        "Baeckerin", "Altenpflegehelferinn", "Berufskraftfarer", "Reinigungskraft in Teilzeit", "Astronaut",
    ];

    private TitleResolver resolver = null!;

    [GlobalSetup]
    public void Setup() => resolver = new TitleResolver(BenchData.Taxonomy());

    [Benchmark(OperationsPerInvoke = 10)]
    public int Resolve()
    {
        var confident = 0;
        foreach (var t in Titles) if (resolver.Resolve(t).IsConfident) confident++;
        return confident;
    }
}
