using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Matcher.Tests.Api;

/// <summary>
/// Matcher.Api.dll from the test's output folder as a process of its own, on a loopback port, with a small demo region:
/// for tests that kill it, or drive it from a browser. Reads the demo keys and logins it prints at first start.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process process;
    private readonly string database;
    private readonly string url;

    private ServiceProcess(Process process, string database, string url, Dictionary<string, string> demoKeys)
    {
        this.process = process;
        this.database = database;
        this.url = url;
        DemoKeys = demoKeys;
    }

    /// <summary>The demo keys the first start logs, by role.</summary>
    public Dictionary<string, string> DemoKeys { get; }

    /// <summary>The demo logins the first start logs: login name to password.</summary>
    public Dictionary<string, string> DemoLogins { get; } = [];

    public string Url => url;

    public static async Task<ServiceProcess> Start(string database, int candidates = 60, int vacancies = 30)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var process = Process.Start(Info(database, "--urls", url, $"--Matcher:DemoCandidates={candidates}", $"--Matcher:DemoVacancies={vacancies}", "--Matcher:NightlyRunAt=off"))!;
        var keys = new Dictionary<string, string>();
        var logins = new Dictionary<string, string>();
        // Continuations run elsewhere: the test must not go on inside the output reader (disposal waits for that reader).
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            var at = e.Data.IndexOf("Demo key for role ", StringComparison.Ordinal);
            if (at >= 0) lock (keys) keys[e.Data[(at + 18)..].Split(' ')[0]] = e.Data[(e.Data.LastIndexOf(' ') + 1)..];
            var login = e.Data.IndexOf("Demo login for ", StringComparison.Ordinal);
            if (login >= 0)
            {
                // "Demo login for IHK Halle-Dessau: ihk / abcd-efgh-... (shown only now)"
                var parts = e.Data[(e.Data.IndexOf(": ", login, StringComparison.Ordinal) + 2)..].Split(' ');
                lock (logins) logins[parts[0]] = parts[2];
            }
            if (e.Data.Contains("Application started", StringComparison.Ordinal)) ready.TrySetResult();
        };
        process.BeginOutputReadLine();
        var started = await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60)), process.WaitForExitAsync());
        if (started != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The service did not start within a minute.");
        }
        var service = new ServiceProcess(process, database, url, new Dictionary<string, string>(keys));
        lock (logins) foreach (var (login, password) in logins) service.DemoLogins[login] = password;
        return service;
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
