using Matcher.Api.Access;
using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.Offers;

/// <summary>One of the chamber's vacancies with its shortlist: people as pseudonyms, with what the employer must know.</summary>
public sealed class DetailsModel(RegionStore region, ShortlistQueries shortlists, GermanExplanation explain, RegionCalendar calendar) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public StoredVacancy? Vacancy { get; private set; }

    public ShortlistResponse? Shortlist { get; private set; }

    public string Title => explain.OccupationTitle(Vacancy!.Vacancy.Occupation);

    public IActionResult OnGet()
    {
        Vacancy = region.Current.FindVacancy(Id);
        if (Vacancy is null || !Me.MaySee(Vacancy)) return NotFound();
        Shortlist = shortlists.ForVacancy(Me, Id, 20, calendar.Today);
        return Page();
    }
}
