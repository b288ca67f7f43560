using Matcher.Api.Region;
using Matcher.Core.Eligibility;
using Matcher.Core.Generation;
using Matcher.Core.Scoring;
using Matcher.Core.Shortlists;
using Matcher.Core.Taxonomy;
using Microsoft.Extensions.Options;

namespace Matcher.Api.Setup;

/// <summary>Registers the matching core as singletons; a bad taxonomy or weights file stops the start with its message.</summary>
public static class MatcherServices
{
    public static IServiceCollection AddMatcher(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MatcherOptions>(configuration.GetSection("Matcher"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => TaxonomyLoader.LoadDirectory(MatcherOptions.Resolve(Options(sp).TaxonomyPath)));
        services.AddSingleton(sp => new TitleResolver(sp.GetRequiredService<OccupationTaxonomy>()));
        services.AddSingleton(sp =>
        {
            var path = MatcherOptions.Resolve(Options(sp).ScoringWeightsPath);
            using var stream = File.OpenRead(path);
            return ScoringWeights.Load(stream, path);
        });
        services.AddSingleton(sp => new PairScorer(sp.GetRequiredService<OccupationTaxonomy>(), sp.GetRequiredService<ScoringWeights>()));
        services.AddSingleton(sp => new EligibilityChecker(
            EligibilityRuleBook.Default,
            EligibilitySettings.Default with { AgencyWorkAllowedWhenBaConsentNeeded = Options(sp).AgencyWorkAllowedWhenBaConsentNeeded }));
        services.AddSingleton(sp => new ShortlistBuilder(sp.GetRequiredService<PairScorer>(), sp.GetRequiredService<EligibilityChecker>()));
        services.AddSingleton(sp =>
        {
            var o = Options(sp);
            var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            var region = new RegionGenerator(sp.GetRequiredService<OccupationTaxonomy>())
                .Generate(RegionProfile.Burgenlandkreis, o.DemoCandidates, o.DemoVacancies, today, o.DemoSeed);
            return new RegionStore(region);
        });
        return services;
    }

    private static MatcherOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<MatcherOptions>>().Value;
}
