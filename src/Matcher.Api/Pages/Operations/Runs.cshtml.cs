using Matcher.Api.Runs;
using Matcher.Api.Setup;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.Operations;

/// <summary>The operator's match runs: start one (optionally for another date), watch it run, read the list.</summary>
public sealed class RunsModel(MatchRunStore store, MatchRunner runner, RegionCalendar calendar) : PersonPage
{
    public IReadOnlyList<MatchRun> Runs { get; private set; } = [];

    public RunProgress? Running { get; private set; }

    public bool AnyRunning => Runs.Any(r => r.Status == "running");

    [BindProperty]
    public string? On { get; set; }

    [BindProperty]
    public string? MaxNewHiresPerEmployer { get; set; }

    [BindProperty]
    public string? MaxChanges { get; set; }

    [BindProperty]
    public string? MinWomenRatePercent { get; set; }

    [BindProperty]
    public string? MinYoungTrainingSharePercent { get; set; }

    public void OnGet()
    {
        Runs = store.List(20, 0);
        if (Runs.FirstOrDefault(r => r.Status == "running") is { } running) Running = runner.Progress(running.Id);
    }

    public IActionResult OnPost()
    {
        var errors = new Dictionary<string, string[]>();
        var date = Requests.QueryParameter.Date(On, "on", calendar.Today, errors);
        var limits = new RunLimits(
            MatchRunApi.Limit(MaxNewHiresPerEmployer, "maxNewHiresPerEmployer", "Höchstens je Betrieb", 1, errors),
            MatchRunApi.Limit(MaxChanges, "maxChanges", "Höchstens Änderungen", 0, errors),
            MatchRunApi.Percent(MinWomenRatePercent, "minWomenRatePercent", "Vorschlagsquote der Frauen", errors),
            MatchRunApi.Percent(MinYoungTrainingSharePercent, "minYoungTrainingSharePercent", "Ausbildungsplätze für unter 25-Jährige", errors, maximum: 99));
        if (errors.Count > 0)
        {
            foreach (var (field, reasons) in errors) Show(Requests.FieldErrors.Of(field, reasons[0]));
            OnGet();
            return Page();
        }
        var start = runner.StartInBackground("api", Me, date, limits);
        Notice = start.StartedId is { } id ? $"Abgleichslauf {id} gestartet." : $"Es läuft schon ein Abgleich (Lauf {start.RunningId}).";
        return Redirect("/Operations/Runs");
    }
}
