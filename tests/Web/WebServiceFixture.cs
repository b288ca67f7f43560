using Matcher.Tests.Api;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Matcher.Tests.Web;

/// <summary>The service as its own process with a 300 × 150 demo region, shared by the journeys of one test class.</summary>
public sealed class WebServiceFixture : IAsyncLifetime
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"matcher-web-{Guid.NewGuid():N}.db");

    public ServiceProcess Service { get; private set; } = null!;

    public async Task InitializeAsync() => Service = await ServiceProcess.Start(database, 300, 150);

    public Task DisposeAsync()
    {
        Service.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
        return Task.CompletedTask;
    }
}
