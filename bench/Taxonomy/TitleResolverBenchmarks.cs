using BenchmarkDotNet.Attributes;
using Matcher.Core.Taxonomy;

namespace Matcher.Bench.Taxonomy;

/// <summary>
/// Free-text title resolution: ten titles of every kind (exact hits, gender forms, typos and misses), and the advert
/// set of <c>titles-eval --adverts</c> one title per operation, in turn (titles per second = 10⁹ / mean ns).
/// </summary>
[MemoryDiagnoser]
public class TitleResolverBenchmarks
{
    private static readonly string[] Titles =
    [
        "Elektroniker (m/w/d) Energie- und Gebäudetechnik", "Köchin", "Fachlagerist*in", "Maler und Lackierer", "Altenpflegehelferin",
        "Baeckerin", "Altenpflegehelferinn", "Berufskraftfarer", "Reinigungskraft in Teilzeit", "Astronaut",
    ];

    private TitleResolver resolver = null!;
    private string[] adverts = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        resolver = new TitleResolver(BenchData.Taxonomy());
        adverts = [.. LabelledAdvert.LoadSet().Select(a => a.Title)];
    }

    [Benchmark(OperationsPerInvoke = 10)]
    public int Resolve()
    {
        var confident = 0;
        foreach (var t in Titles) if (resolver.Resolve(t).IsConfident) confident++;
        return confident;
    }

    [Benchmark]
    public bool ResolveAdvert()
    {
        next = next + 1 == adverts.Length ? 0 : next + 1;
        return resolver.Resolve(adverts[next]).IsConfident;
    }
}
