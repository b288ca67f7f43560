using Matcher.Api.Access;
using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.Offers;

/// <summary>One of the chamber's vacancies with its shortlist: people as pseudonyms, with what the employer must know.</summary>
public sealed class DetailsModel(RegionStore region, ShortlistQueries shortlists, GermanExplanation explain, RegionCalendar calendar,
    Outcomes.OutcomeStore outcomes) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public StoredVacancy? Vacancy { get; private set; }

    public ShortlistResponse? Shortlist { get; private set; }

    public string Title => explain.OccupationTitle(Vacancy!.Vacancy.Occupation);

    /// <summary>What became of the people proposed for this vacancy, by pseudonym, newest first.</summary>
    public IReadOnlyList<Outcomes.OutcomeView> Outcomes { get; private set; } = [];

    public DateOnly Today => calendar.Today;

    public IActionResult OnGet()
    {
        Vacancy = region.Current.FindVacancy(Id);
        if (Vacancy is null || !Me.MaySee(Vacancy)) return NotFound();
        Shortlist = shortlists.ForVacancy(Me, Id, 20, calendar.Today);
        Outcomes = outcomes.ForVacancy(Me, Id);
        return Page();
    }

    /// <summary>The chamber records what became of a person at this vacancy, naming them by the pseudonym it sees.</summary>
    public IActionResult OnPostOutcome(string? person, string? stage, string? decidedBy, string? reason, string? on)
    {
        var result = outcomes.RecordByPseudonym(Me, Id, person, new Outcomes.OutcomeInput(stage, Id, person, decidedBy, reason, on));
        if (result.Status == Requests.WriteStatus.NotFound) return NotFound();
        Notice = result.Status == Requests.WriteStatus.Done
            ? $"Ergebnis festgehalten: {result.Value!.StageText} ({result.Value.Person})."
            : "Ergebnis nicht festgehalten: " + string.Join(" ", result.Errors!.All.Select(e => e.Reason));
        return Redirect($"/Offers/Details?id={Id}#ergebnisse");
    }
}
