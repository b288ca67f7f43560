using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using System.Text.Json.Nodes;
using Xunit;

namespace Matcher.Tests.Api;

/// <summary>
/// The real service as its own process, killed without warning (SIGKILL) right after a write was acknowledged:
/// the database file must open cleanly, pass SQLite's integrity check and hold the write, and the service must start on it again.
/// </summary>
public sealed class AbruptStopTests : IDisposable
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"matcher-crash-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_killed_service_loses_no_committed_write_and_leaves_no_corrupt_file()
    {
        string vacancyId;
        using (var first = await ServiceProcess.Start(database))
        {
            using var chamber = first.Client(first.DemoKeys["chamber"]);
            var created = await chamber.PostAsJsonAsync(new Uri("/vacancies", UriKind.Relative), VacancyWriteTests.Electrician("crash-1"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            vacancyId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            first.Kill();
        }

        using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            connection.Open();
            Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
            Assert.Equal(1, connection.ExecuteScalar<long>("SELECT count(*) FROM vacancies WHERE public_id = @vacancyId", new { vacancyId }));
        }
        SqliteConnection.ClearAllPools();

        using var second = await ServiceProcess.Start(database);
        using var again = second.Client(await second.CreateKey("Matcher-Betrieb", "admin"));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(new Uri($"/vacancies/{vacancyId}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(15)]
    public async Task A_kill_during_an_erasure_leaves_the_person_either_whole_or_gone_without_trace(int killAfterMs)
    {
        const string name = "Amira Totalloeschung-Probe";
        string id;
        using (var first = await ServiceProcess.Start(database))
        {
            using var coach = first.Client(first.DemoKeys["coach"]);
            var body = CandidateWriteTests.Cook();
            body["name"] = name;
            var created = await coach.PostAsync(new Uri("/candidates", UriKind.Relative),
                new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var deleting = coach.DeleteAsync(new Uri($"/candidates/{id}", UriKind.Relative));
            await Task.Delay(killAfterMs);
            first.Kill();
            try { await deleting; } catch (HttpRequestException) { } // the answer may never come
        }

        using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            connection.Open();
            Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        }
        SqliteConnection.ClearAllPools();

        using var second = await ServiceProcess.Start(database);
        using var again = second.Client(await second.CreateKey("Jobcenter Burgenlandkreis", "coach"));
        var read = await again.GetAsync(new Uri($"/candidates/{id}", UriKind.Relative));
        if (read.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(name, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
            return;
        }
        // Gone: then gone from the files too, once the service has started on them again.
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        var needle = System.Text.Encoding.UTF8.GetBytes(name);
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (!File.Exists(database + suffix)) continue;
            using var stream = new FileStream(database + suffix, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.True(copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) < 0, $"the erased name is still in {Path.GetFileName(database + suffix)}");
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
    }
}
