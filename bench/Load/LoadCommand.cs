using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Matcher.Bench.Load;

/// <summary>
/// <c>load [--scale district|state] [--requests N] [--concurrency C (8)] [--k K] [--kind candidate|vacancy] [--writes-per-10 W (0)]
/// [--during-run] [--url URL --key KEY]</c>: drives the service over loopback with a bounded number of requests and reports
/// requests per second and latency percentiles, reads and writes apart. Reads are shortlists; with <c>--writes-per-10</c> W
/// of every 10 requests are a coach replacing one of its candidates (a PUT, committed and applied to the region).
/// <c>--during-run</c> starts a match run first and measures while it goes on. Without <c>--url</c> it starts the Release
/// build of the service itself on a fresh temporary database seeded with the demo region at district scale (2,000 ×
/// 1,000 in the Burgenlandkreis) or state scale (50,000 × 20,000 across Saxony-Anhalt), and stops it after.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> Run(string[] args)
    {
        if (!TryInt(args, "--requests", 20_000, out var requests) || !TryInt(args, "--concurrency", 8, out var concurrency) || !TryInt(args, "--k", 10, out var k))
            return CliArguments.Fail("--requests, --concurrency and --k take positive whole numbers.");
        var writesText = CliArguments.Option(args, "--writes-per-10") ?? "0";
        if (!int.TryParse(writesText, NumberStyles.None, CultureInfo.InvariantCulture, out var writesPer10) || writesPer10 > 10)
            return CliArguments.Fail("--writes-per-10 takes a whole number from 0 to 10.");
        var scale = CliArguments.Option(args, "--scale") ?? "district";
        if (scale is not ("district" or "state")) return CliArguments.Fail("--scale is district or state.");
        var duringRun = args.Contains("--during-run");
        var kind = CliArguments.Option(args, "--kind") ?? "candidate";
        if (kind is not ("candidate" or "vacancy")) return CliArguments.Fail("--kind is candidate or vacancy.");
        var url = CliArguments.Option(args, "--url");
        var key = CliArguments.Option(args, "--key");
        if ((url is null) != (key is null)) return CliArguments.Fail("Give --url and --key together, or neither (then the service is started here).");

        ServiceProcess? service = null;
        try
        {
            string? adminKey = null;
            if (url is null)
            {
                service = ServiceProcess.Start(scale);
                if (service is null) return 1;
                (url, key, adminKey) = (service.Url, service.CoachKey, service.AdminKey);
            }
            if (duringRun && adminKey is null) return CliArguments.Fail("--during-run needs the service started here (it starts the run with an operator key).");
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = new Uri(url),
                Timeout = TimeSpan.FromSeconds(30),
            };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            var ids = await Ids(client, kind == "candidate" ? "/candidates?limit=500" : "/vacancies?limit=500");
            if (ids.Count == 0) return CliArguments.Fail("The service has no records to ask shortlists for.");
            var paths = ids.Select(id => $"/{(kind == "candidate" ? "candidates" : "vacancies")}/{id}/shortlist?k={k}").ToArray();
            var writable = writesPer10 > 0 ? await Ids(client, "/candidates?limit=500") : [];

            await Drive(client, paths, writable, Math.Min(requests, 2_000), concurrency, writesPer10); // warm-up: JIT, connection pool, snapshot
            if (duringRun)
            {
                using var admin = new HttpRequestMessage(HttpMethod.Post, "/match-runs");
                admin.Headers.Add("X-Api-Key", adminKey);
                using var started = await client.SendAsync(admin);
                if (started.StatusCode != HttpStatusCode.Accepted) return CliArguments.Fail($"Could not start a match run: {(int)started.StatusCode}.");
            }
            var result = await Drive(client, paths, writable, requests, concurrency, writesPer10);
            var runNote = duringRun ? $" during_run={(await RunStatus(client, adminKey!))}" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scale={scale} {kind} shortlists (k={k}) over loopback, {writesPer10} writes per 10 requests{runNote}: requests={requests} concurrency={concurrency} " +
                $"failed={result.Failed} seconds={result.Seconds:0.00} requests_per_second={requests / result.Seconds:0}"));
            foreach (var (name, part) in new[] { ("reads", result.Reads), ("writes", result.Writes) })
            {
                if (part.SortedMilliseconds.Length == 0) continue;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name}: {part.SortedMilliseconds.Length} ({part.SortedMilliseconds.Length / result.Seconds:0}/s) p50_ms={part.Percentile(0.50):0.00} " +
                    $"p90_ms={part.Percentile(0.90):0.00} p99_ms={part.Percentile(0.99):0.00} max_ms={part.Percentile(1.0):0.00}"));
            }
            return result.Failed == 0 ? 0 : 1;
        }
        finally
        {
            service?.Dispose();
        }
    }

    private static async Task<List<string>> Ids(HttpClient client, string path)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(path);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    private static async Task<string> RunStatus(HttpClient client, string adminKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/match-runs?limit=1");
        request.Headers.Add("X-Api-Key", adminKey);
        using var response = await client.SendAsync(request);
        var runs = await response.Content.ReadFromJsonAsync<JsonElement>();
        return runs.GetArrayLength() > 0 ? runs[0].GetProperty("status").GetString() ?? "?" : "none";
    }

    /// <summary>Sends <paramref name="requests"/> requests from <paramref name="concurrency"/> workers; request i is a write when i mod 10 is below <paramref name="writesPer10"/>.</summary>
    private static async Task<LoadResult> Drive(HttpClient client, string[] paths, List<string> writable, int requests, int concurrency, int writesPer10)
    {
        var latencies = new double[requests];
        var isWrite = new bool[requests];
        var next = -1;
        var failed = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var start = Stopwatch.GetTimestamp();
                isWrite[i] = writable.Count > 0 && i % 10 < writesPer10;
                using var response = isWrite[i]
                    ? await client.PutAsync($"/candidates/{writable[i % writable.Count]}", JsonContent.Create(Person(i)))
                    : await client.GetAsync(paths[i % paths.Length], HttpCompletionOption.ResponseContentRead);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK && Interlocked.Increment(ref failed) == 1)
                    Console.Error.WriteLine($"first failure: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }).ToList();
        await Task.WhenAll(workers);
        var seconds = watch.Elapsed.TotalSeconds;
        var reads = latencies.Where((_, i) => !isWrite[i]).Order().ToArray();
        var writes = latencies.Where((_, i) => isWrite[i]).Order().ToArray();
        return new LoadResult(new Latencies(reads), new Latencies(writes), seconds, failed);
    }

    /// <summary>A plausible person as a coach would send them, varied by <paramref name="i"/>.</summary>
    private static object Person(int i) => new
    {
        name = $"Lasttest {i}",
        consent = new { givenOn = "2026-11-20", scope = "Abgleich (Lasttest)" },
        profile = new
        {
            home = new { latitude = 51.15 + (i % 50) * 0.002, longitude = 11.81 + (i % 37) * 0.003 },
            mobility = new { modes = "PublicTransport, Bicycle", maxDailyCommuteMinutes = 90 + i % 4 * 10, hasDrivingLicence = false },
            germanLevel = i % 2 == 0 ? "B1" : "A2",
            residence = new { title = "Fluechtlingseigenschaft", staySince = "2022-03-01", titleSince = "2023-01-15", validUntil = "2029-01-14", facts = "IdentityClarified" },
            preferences = new { desiredOccupations = new[] { "51312" }, wantsPartTime = false, acceptsShifts = true, interestedInApprenticeship = i % 3 == 0 },
            availableFrom = "2026-12-01",
            skills = new[] { "forklift", "picking" },
        },
    };

    private static bool TryInt(string[] args, string name, int fallback, out int value)
    {
        var text = CliArguments.Option(args, name);
        if (text is null) { value = fallback; return true; }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }

    private sealed record LoadResult(Latencies Reads, Latencies Writes, double Seconds, int Failed);

    private sealed record Latencies(double[] SortedMilliseconds)
    {
        public double Percentile(double p) => SortedMilliseconds[Math.Min(SortedMilliseconds.Length - 1, (int)Math.Ceiling(p * SortedMilliseconds.Length) - 1)];
    }

    /// <summary>The Release build of the service on a free loopback port and a temporary database.</summary>
    private sealed class ServiceProcess : IDisposable
    {
        private readonly Process process;
        private readonly string database;

        private ServiceProcess(Process process, string database, string url, string coachKey, string adminKey)
        {
            this.process = process;
            this.database = database;
            Url = url;
            CoachKey = coachKey;
            AdminKey = adminKey;
        }

        public string Url { get; }

        public string CoachKey { get; }

        public string AdminKey { get; }

        public static ServiceProcess? Start(string scale)
        {
            var dll = ServiceDll();
            if (dll is null)
            {
                Console.Error.WriteLine("The service is not built: run 'dotnet build -c Release src/Matcher.Api' first.");
                return null;
            }
            var database = Path.Combine(Path.GetTempPath(), $"matcher-load-{Guid.NewGuid():N}.db");
            var url = $"http://127.0.0.1:{FreePort()}";
            var connection = $"--ConnectionStrings:Matcher=Data Source={database}";
            string[] region = scale == "state"
                ? ["--Matcher:DemoCandidates=50000", "--Matcher:DemoVacancies=20000", "--Matcher:DemoRegionProfile=SachsenAnhalt"]
                : ["--Matcher:DemoCandidates=2000", "--Matcher:DemoVacancies=1000"];
            var process = Process.Start(Start(dll, ["--urls", url, connection, "--Matcher:NightlyRunAt=off", "--Logging:LogLevel:Default=Warning", .. region]))!;
            try
            {
                using var probe = new HttpClient { BaseAddress = new Uri(url) };
                var ready = false;
                for (var attempt = 0; attempt < 1200 && !ready && !process.HasExited; attempt++)
                {
                    try { ready = probe.GetAsync(new Uri("/health", UriKind.Relative)).GetAwaiter().GetResult().IsSuccessStatusCode; }
                    catch (HttpRequestException) { Thread.Sleep(250); }
                }
                if (!ready) throw new InvalidOperationException("The service did not come up within five minutes.");
                string Key(string organisation, string role)
                {
                    using var keys = Process.Start(Start(dll, ["keys", "create", "--org", organisation, "--role", role, connection]))!;
                    var output = keys.StandardOutput.ReadToEnd();
                    keys.WaitForExit();
                    return output.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.StartsWith("mk_", StringComparison.Ordinal))
                           ?? throw new InvalidOperationException($"No key from 'keys create': {output}");
                }
                return new ServiceProcess(process, database, url, Key("Jobcenter Burgenlandkreis", "coach"), Key("Matcher-Betrieb", "admin"));
            }
            catch
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }

        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
        }

        private static ProcessStartInfo Start(string dll, string[] arguments)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = false, UseShellExecute = false };
            info.ArgumentList.Add(dll);
            foreach (var a in arguments) info.ArgumentList.Add(a);
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            return info;
        }

        private static string? ServiceDll()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "Matcher.Api", "bin", "Release", "net10.0", "Matcher.Api.dll");
                if (File.Exists(Path.Combine(dir.FullName, "Matcher.sln"))) return File.Exists(candidate) ? candidate : null;
            }
            return null;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
