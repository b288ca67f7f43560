using Matcher.Core.Generation;
using Matcher.Core.Residence;
using Xunit;

namespace Matcher.Tests.Generation;

public class RegionGeneratorTests
{
    private static readonly RegionGenerator Generator = new(Make.Taxonomy);

    [Fact]
    public void Same_seed_gives_the_same_region_and_another_seed_another()
    {
        var a = Generator.Generate(RegionProfile.Burgenlandkreis, 50, 30, Make.Today, 7);
        var b = Generator.Generate(RegionProfile.Burgenlandkreis, 50, 30, Make.Today, 7);
        var c = Generator.Generate(RegionProfile.Burgenlandkreis, 50, 30, Make.Today, 8);
        static string Fingerprint(Region r) => string.Join("|", r.Candidates.Select(x => $"{x.Id}{x.Home}{x.GermanLevel}{x.Residence.Title}{string.Join(",", x.Skills.Order())}"))
            + string.Join("|", r.Vacancies.Select(v => $"{v.Id}{v.Occupation}{v.Location}{v.Pay}{v.Places}"));
        Assert.Equal(Fingerprint(a), Fingerprint(b));
        Assert.NotEqual(Fingerprint(a), Fingerprint(c));
    }

    [Fact]
    public void District_region_has_the_requested_size_and_a_plausible_mix()
    {
        var r = Generator.Generate(RegionProfile.Burgenlandkreis, 2000, 1000, Make.Today, 1);
        Assert.Equal(2000, r.Candidates.Count);
        Assert.Equal(1000, r.Vacancies.Count);
        Assert.InRange(r.Vacancies.Count(v => v.IsTraining) / 1000.0, 0.25, 0.45);
        Assert.InRange(r.Vacancies.Count(v => !v.IsTraining && v.RequiredLevel == Matcher.Core.RequirementLevel.Helfer) / 1000.0, 0.15, 0.35);
        Assert.InRange(r.Candidates.Count(c => c.Residence.Title == ResidenceTitle.Aufenthaltsgestattung) / 2000.0, 0.05, 0.2);
        Assert.All(r.Vacancies, v => Assert.InRange(v.Location.DistanceKmTo(RegionProfile.Burgenlandkreis.Towns[0].Centre), 0, 60));
        Assert.Equal(2000, r.Candidates.Select(c => c.Id).Distinct().Count());
    }
}
