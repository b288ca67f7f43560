using BenchmarkDotNet.Attributes;
using Matcher.Core.Eligibility;
using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Bench.Eligibility;

/// <summary>Legal checks per pair on district data.</summary>
[MemoryDiagnoser]
public class EligibilityCheckerBenchmarks
{
    public const int Pairs = 200 * 100;

    private Candidate[] candidates = null!;
    private Vacancy[] vacancies = null!;

    [GlobalSetup]
    public void Setup()
    {
        var region = BenchData.District(BenchData.Taxonomy());
        candidates = [.. region.Candidates.Take(200)];
        vacancies = [.. region.Vacancies.Take(100)];
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int CheckPair()
    {
        var eligible = 0;
        foreach (var c in candidates)
            foreach (var v in vacancies)
                if (EligibilityChecker.Default.Check(c.Residence, v, BenchData.AsOf).IsEligible) eligible++;
        return eligible;
    }
}
