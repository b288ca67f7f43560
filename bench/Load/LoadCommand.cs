using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Matcher.Bench.Load;

/// <summary>
/// <c>load [--requests N] [--concurrency C (8)] [--k K] [--kind candidate|vacancy] [--url URL --key KEY]</c>: drives the
/// service over loopback with a bounded number of shortlist requests and reports requests per second and latency
/// percentiles. Without <c>--url</c> it starts the Release build of the service itself, on a fresh temporary database
/// seeded with the district-scale demo region (2,000 candidates × 1,000 vacancies), creates a coach key, and stops it after.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> Run(string[] args)
    {
        if (!TryInt(args, "--requests", 20_000, out var requests) || !TryInt(args, "--concurrency", 8, out var concurrency) || !TryInt(args, "--k", 10, out var k))
            return CliArguments.Fail("--requests, --concurrency and --k take positive whole numbers.");
        var kind = CliArguments.Option(args, "--kind") ?? "candidate";
        if (kind is not ("candidate" or "vacancy")) return CliArguments.Fail("--kind is candidate or vacancy.");
        var url = CliArguments.Option(args, "--url");
        var key = CliArguments.Option(args, "--key");
        if ((url is null) != (key is null)) return CliArguments.Fail("Give --url and --key together, or neither (then the service is started here).");

        ServiceProcess? service = null;
        try
        {
            if (url is null)
            {
                service = ServiceProcess.Start();
                if (service is null) return 1;
                (url, key) = (service.Url, service.CoachKey);
            }
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = new Uri(url),
                Timeout = TimeSpan.FromSeconds(30),
            };
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            var ids = await Ids(client, kind == "candidate" ? "/candidates?limit=500" : "/vacancies?limit=500");
            if (ids.Count == 0) return CliArguments.Fail("The service has no records to ask shortlists for.");
            var paths = ids.Select(id => $"/{(kind == "candidate" ? "candidates" : "vacancies")}/{id}/shortlist?k={k}").ToArray();

            await Drive(client, paths, Math.Min(requests, 2_000), concurrency); // warm-up: JIT, connection pool, snapshot
            var result = await Drive(client, paths, requests, concurrency);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind} shortlists (k={k}) over loopback: requests={requests} concurrency={concurrency} failed={result.Failed} seconds={result.Seconds:0.00} " +
                $"requests_per_second={requests / result.Seconds:0} p50_ms={result.Percentile(0.50):0.00} p90_ms={result.Percentile(0.90):0.00} " +
                $"p99_ms={result.Percentile(0.99):0.00} max_ms={result.Percentile(1.0):0.00}"));
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

    private static async Task<LoadResult> Drive(HttpClient client, string[] paths, int requests, int concurrency)
    {
        var latencies = new double[requests];
        var next = -1;
        var failed = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(paths[i % paths.Length], HttpCompletionOption.ResponseContentRead);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref failed);
            }
        }).ToList();
        await Task.WhenAll(workers);
        var seconds = watch.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return new LoadResult(latencies, seconds, failed);
    }

    private static bool TryInt(string[] args, string name, int fallback, out int value)
    {
        var text = CliArguments.Option(args, name);
        if (text is null) { value = fallback; return true; }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }

    private sealed record LoadResult(double[] SortedMilliseconds, double Seconds, int Failed)
    {
        public double Percentile(double p) => SortedMilliseconds[Math.Min(SortedMilliseconds.Length - 1, (int)Math.Ceiling(p * SortedMilliseconds.Length) - 1)];
    }

    /// <summary>The Release build of the service on a free loopback port and a temporary database.</summary>
    private sealed class ServiceProcess : IDisposable
    {
        private readonly Process process;
        private readonly string database;

        private ServiceProcess(Process process, string database, string url, string coachKey)
        {
            this.process = process;
            this.database = database;
            Url = url;
            CoachKey = coachKey;
        }

        public string Url { get; }

        public string CoachKey { get; }

        public static ServiceProcess? Start()
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
            var process = Process.Start(Start(dll, "--urls", url, connection, "--Matcher:NightlyRunAt=off", "--Logging:LogLevel:Default=Warning"))!;
            try
            {
                using var probe = new HttpClient { BaseAddress = new Uri(url) };
                var ready = false;
                for (var attempt = 0; attempt < 240 && !ready && !process.HasExited; attempt++)
                {
                    try { ready = probe.GetAsync(new Uri("/health", UriKind.Relative)).GetAwaiter().GetResult().IsSuccessStatusCode; }
                    catch (HttpRequestException) { Thread.Sleep(250); }
                }
                if (!ready) throw new InvalidOperationException("The service did not come up within a minute.");
                using var keys = Process.Start(Start(dll, "keys", "create", "--org", "Jobcenter Burgenlandkreis", "--role", "coach", connection))!;
                var output = keys.StandardOutput.ReadToEnd();
                keys.WaitForExit();
                var key = output.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.StartsWith("mk_", StringComparison.Ordinal))
                          ?? throw new InvalidOperationException($"No key from 'keys create': {output}");
                return new ServiceProcess(process, database, url, key);
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

        private static ProcessStartInfo Start(string dll, params string[] arguments)
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
