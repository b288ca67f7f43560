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
        using (var first = await Service.Start(database))
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

        using var second = await Service.Start(database);
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
        using (var first = await Service.Start(database))
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

        using var second = await Service.Start(database);
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

    /// <summary>Matcher.Api.dll from the test's output folder, on a loopback port, with a small demo region.</summary>
    private sealed class Service : IDisposable
    {
        private readonly Process process;
        private readonly string database;
        private readonly string url;

        private Service(Process process, string database, string url, Dictionary<string, string> demoKeys)
        {
            this.process = process;
            this.database = database;
            this.url = url;
            DemoKeys = demoKeys;
        }

        /// <summary>The demo keys the first start logs, by role.</summary>
        public Dictionary<string, string> DemoKeys { get; }

        public static async Task<Service> Start(string database)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            var process = Process.Start(Info(database, "--urls", url, "--Matcher:DemoCandidates=60", "--Matcher:DemoVacancies=30", "--Matcher:NightlyRunAt=off"))!;
            var keys = new Dictionary<string, string>();
            var ready = new TaskCompletionSource();
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                var at = e.Data.IndexOf("Demo key for role ", StringComparison.Ordinal);
                if (at >= 0) lock (keys) keys[e.Data[(at + 18)..].Split(' ')[0]] = e.Data[(e.Data.LastIndexOf(' ') + 1)..];
                if (e.Data.Contains("Application started", StringComparison.Ordinal)) ready.TrySetResult();
            };
            process.BeginOutputReadLine();
            var started = await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60)), process.WaitForExitAsync());
            if (started != ready.Task)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("The service did not start within a minute.");
            }
            lock (keys) return new Service(process, database, url, new Dictionary<string, string>(keys));
        }

        public HttpClient Client(string key)
        {
            var client = new HttpClient { BaseAddress = new Uri(url) };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            return client;
        }

        public async Task<string> CreateKey(string organisation, string role)
        {
            using var keys = Process.Start(Info(database, "keys", "create", "--org", organisation, "--role", role))!;
            var output = await keys.StandardOutput.ReadToEndAsync();
            await keys.WaitForExitAsync();
            return output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("mk_", StringComparison.Ordinal));
        }

        /// <summary>SIGKILL: no shutdown code runs, as when the machine's power goes.</summary>
        public void Kill()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose()
        {
            if (!process.HasExited) Kill();
            process.Dispose();
        }

        private static ProcessStartInfo Info(string database, params string[] arguments)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Matcher.Api.dll"));
            foreach (var a in arguments) info.ArgumentList.Add(a);
            info.ArgumentList.Add($"--ConnectionStrings:Matcher=Data Source={database}");
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            return info;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
