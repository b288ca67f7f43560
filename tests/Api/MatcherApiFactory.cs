using Matcher.Api.Access;
using Matcher.Api.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matcher.Tests.Api;

/// <summary>
/// The real app on a temporary SQLite file, with a fixed clock and a small demo region so answers are
/// reproducible; hands out clients holding a key for a role and organisation.
/// </summary>
public sealed class MatcherApiFactory : WebApplicationFactory<Program>
{
    /// <summary>A second coaching organisation, to check that coaches see only their own candidates.</summary>
    public const string OtherCoaching = "Bildungswerk Zeitz";

    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"matcher-test-{Guid.NewGuid():N}.db");

    /// <summary>The SQLite file the app runs on (with -wal and -shm beside it).</summary>
    public string DatabasePath => databasePath;
    private readonly Dictionary<(Role, string), string> keys = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Matcher", $"Data Source={databasePath}");
        builder.UseSetting("Matcher:DemoCandidates", "300");
        builder.UseSetting("Matcher:DemoVacancies", "150");
        builder.UseSetting("Matcher:NightlyRunAt", "off");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)));
            // The shipped taxonomy and its title resolver take seconds to build: every test service shares one.
            services.RemoveAll<Matcher.Core.Taxonomy.OccupationTaxonomy>();
            services.AddSingleton(Make.Taxonomy);
            services.RemoveAll<Matcher.Core.Taxonomy.TitleResolver>();
            services.AddSingleton(Make.Resolver);
        });
    }

    /// <summary>A client sending a key with <paramref name="role"/> for <paramref name="organisation"/> (created if new).</summary>
    public HttpClient ClientAs(Role role, string? organisation = null)
    {
        organisation ??= role switch { Role.Chamber => DemoSeeder.Ihk, Role.Coach => DemoSeeder.Jobcenter, _ => DemoSeeder.Operator };
        string? key;
        lock (keys)
        {
            if (!keys.TryGetValue((role, organisation), out key))
            {
                var access = Services.GetRequiredService<AccessStore>();
                var org = access.FindOrganisation(organisation)
                    ?? access.CreateOrganisation(organisation, role switch { Role.Chamber => "chamber", Role.Coach => "coaching", _ => "operator" });
                keys[(role, organisation)] = key = access.CreateKey(org.Id, role).Key;
            }
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(databasePath + suffix);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
