using Matcher.Api.Access;
using Matcher.Api.Region;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.People;

/// <summary>A person's shortlist to print for the meeting with them: the offers with their reasons, without the page around them.</summary>
public sealed class PrintModel(RegionStore region, ShortlistQueries shortlists, RegionCalendar calendar) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public string Name { get; private set; } = "";

    public ShortlistResponse? Shortlist { get; private set; }

    public IActionResult OnGet()
    {
        if (region.Current.FindCandidate(Id) is not { } person || !Me.MaySee(person)) return NotFound();
        Name = person.Name ?? Id;
        Shortlist = shortlists.ForCandidate(Me, Id, 10, calendar.Today);
        return Page();
    }
}
