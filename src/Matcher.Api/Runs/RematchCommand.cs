using System.Globalization;

namespace Matcher.Api.Runs;

/// <summary>
/// <c>dotnet run --project src/Matcher.Api -- rematch</c>: one match run now, for cron. Exit code 0 when it completed,
/// 1 when it failed, 2 when another run is still going on. Ctrl+C cancels it and keeps the previous proposals.
/// </summary>
public static class RematchCommand
{
    public static int Run(IServiceProvider services)
    {
        var runner = services.GetRequiredService<MatchRunner>();
        var store = services.GetRequiredService<MatchRunStore>();
        // The command stands in for the nightly run (for cron), so it keeps the nightly run's side constraints.
        var limits = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Setup.MatcherOptions>>().Value.NightlyLimits();
        var start = runner.TryStart("cli", null, limits: limits);
        if (start.StartedId is not { } id)
        {
            Console.Error.WriteLine($"Es läuft schon ein Abgleich (Lauf {start.RunningId}); bitte später erneut versuchen.");
            return 2;
        }
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            Console.WriteLine($"Abgleichslauf {id} gestartet …");
            var completed = runner.Execute(id, cancel.Token);
            var run = store.Find(id)!;
            if (!completed)
            {
                Console.Error.WriteLine($"Lauf {id}: {run.Status}. {run.Message}");
                return 1;
            }
            var seconds = run.Timings?.Values.Sum() ?? 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Lauf {id} abgeschlossen: {run.Proposals} Vorschläge für {run.Candidates} Kandidaten und {run.Vacancies} Stellen, {run.PairsScored} bewertete Paare, {seconds:0.00} s."));
            if (run.Message is { } message) Console.WriteLine(message);
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
