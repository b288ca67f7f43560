using FsCheck;
using FsCheck.Fluent;
using Matcher.Core.Generation;
using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Tests.Scoring;

/// <summary>Random but realistic pairs: drawn from small generated regions with random seeds.</summary>
internal static class PairGen
{
    private static readonly RegionGenerator Generator = new(Make.Taxonomy);

    public static Gen<(Candidate Candidate, Vacancy Vacancy)> Pairs { get; } =
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from i in Gen.Choose(0, 5)
        from j in Gen.Choose(0, 5)
        let region = Generator.Generate(RegionProfile.Burgenlandkreis, 6, 6, Make.Today, seed)
        select (region.Candidates[i], region.Vacancies[j]);

    public static Arbitrary<(Candidate Candidate, Vacancy Vacancy)> Arbitrary { get; } = Pairs.ToArbitrary();

    public static Gen<List<Vacancy>> Vacancies(int count) =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed => Generator.Generate(RegionProfile.Burgenlandkreis, 1, count, Make.Today, seed).Vacancies.ToList());
}
