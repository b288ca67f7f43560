using Matcher.Api.Candidates;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.People;

/// <summary>Why a person is, or is not, on the list for one offer, and from when they could be (the API's pair check).</summary>
public sealed class CheckModel(PairChecks checks, RegionCalendar calendar) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Vacancy { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? On { get; set; }

    public PairCheckResponse? Answer { get; private set; }

    public IActionResult OnGet()
    {
        var errors = new Dictionary<string, string[]>();
        var date = QueryParameter.Date(On, "on", calendar.Today, errors);
        if (string.IsNullOrWhiteSpace(Vacancy)) errors["vacancy"] = ["Bitte die Kennung eines Angebots angeben (S-…)."];
        foreach (var (field, reasons) in errors) foreach (var reason in reasons) Show(FieldErrors.Of(field, reason));
        if (errors.Count > 0) return Page();
        var (person, answer) = checks.Check(Me, Id, Vacancy!.Trim(), date);
        if (person is null) return NotFound();
        if (answer is null) Show(FieldErrors.Of("vacancy", $"Ein Angebot {Vacancy} gibt es nicht."));
        Answer = answer;
        return Page();
    }
}
