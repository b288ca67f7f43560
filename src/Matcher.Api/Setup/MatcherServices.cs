using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Explanations;
using Matcher.Api.Runs;
using Matcher.Core.Batch;
using Matcher.Api.Candidates;
using Matcher.Api.Vacancies;
using Matcher.Api.Region;
using Matcher.Api.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Matcher.Core.Eligibility;
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
        services.AddSingleton<RegionCalendar>();
        services.AddSingleton(sp => TaxonomyLoader.LoadDirectory(MatcherOptions.Resolve(Options(sp).TaxonomyPath)));
        services.AddSingleton(sp => new TitleResolver(sp.GetRequiredService<OccupationTaxonomy>()));
        services.AddSingleton(_ => Storage.CommonOccupations.Load(MatcherOptions.Resolve("curated")));
        services.AddSingleton(sp =>
        {
            var path = MatcherOptions.Resolve(Options(sp).ScoringWeightsPath);
            return new WeightsInUse(Path.GetFileName(path), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));
        });
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
        services.AddSingleton(new Database(configuration.GetConnectionString("Matcher") ?? "Data Source=matcher.db"));
        services.AddSingleton<RegionRepository>();
        services.AddSingleton<Monitoring.DisparityReports>();
        services.AddSingleton<AccessStore>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<Pseudonyms>();
        services.AddSingleton<AuditTrail>();
        services.AddHostedService<AuditFlusher>();
        services.AddHostedService<Taxonomy.TitleResolverWarmUp>();
        services.AddSingleton<VacancyInputValidator>();
        services.AddSingleton<Outcomes.OutcomeStore>();
        services.AddSingleton<VacancyImporter>();
        services.AddSingleton<CandidateImporter>();
        services.AddSingleton<CandidateInputValidator>();
        services.AddSingleton<CandidateWriter>();
        services.AddSingleton<Commitments>();
        services.AddSingleton<PairChecks>();
        services.AddSingleton<VacancyWriter>();
        services.AddSingleton<UserStore>();
        services.AddSingleton(sp => new Matcher.Core.Upskilling.UpskillingAdvisor(sp.GetRequiredService<OccupationTaxonomy>(), sp.GetRequiredService<PairScorer>()));
        services.AddSingleton(sp => new BatchPipeline(sp.GetRequiredService<PairScorer>(), sp.GetRequiredService<EligibilityChecker>()));
        services.AddSingleton<GermanExplanation>();
        services.AddSingleton<Shortlists.VacancyIndexFactory>();
        services.AddSingleton<Shortlists.ShortlistQueries>();
        services.AddSingleton<MatchRunStore>();
        services.AddSingleton<MatchRunner>();
        services.AddSingleton<RunQueries>();
        services.AddHostedService<NightlyScheduler>();
        services.AddSingleton(sp => new RegionStore(sp.GetRequiredService<RegionRepository>(), sp.GetRequiredService<Database>(), Options(sp).RegionName));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>Migrates the database and, when it is empty and seeding is on, fills it with the demo region.</summary>
    public static void PrepareDatabase(this IServiceProvider services)
    {
        var applied = services.GetRequiredService<Database>().Migrate();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Matcher.Storage");
        foreach (var migration in applied) StorageLog.MigrationApplied(log, migration);
        var o = Options(services);
        if (o.SeedDemoRegion)
        {
            var profile = o.DemoRegionProfile switch
            {
                "Burgenlandkreis" => Core.Generation.RegionProfile.Burgenlandkreis,
                "SachsenAnhalt" => Core.Generation.RegionProfile.SachsenAnhalt,
                var other => throw new InvalidOperationException($"Matcher:DemoRegionProfile '{other}' is not Burgenlandkreis or SachsenAnhalt."),
            };
            services.GetRequiredService<DemoSeeder>().SeedIfEmpty(o.DemoCandidates, o.DemoVacancies, o.DemoSeed, profile);
        }
    }

    private static MatcherOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<MatcherOptions>>().Value;
}
