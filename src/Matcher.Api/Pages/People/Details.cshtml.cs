using Matcher.Api.Access;
using Matcher.Api.Audit;
using Matcher.Api.Candidates;
using Matcher.Api.Explanations;
using Matcher.Api.Region;
using Matcher.Api.Requests;
using Matcher.Api.Setup;
using Matcher.Api.Shortlists;
using Matcher.Api.Web;
using Matcher.Core.Upskilling;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.People;

/// <summary>
/// One person for their coach: the profile, the commitment, the best offers with their explanations (each can be accepted),
/// the "why not, from when" check for any offer, and what to learn next.
/// </summary>
public sealed class DetailsModel(
    RegionStore region, ShortlistQueries shortlists, Commitments commitments, UpskillingAdvisor advisor, GermanExplanation explain, RegionCalendar calendar,
    AuditTrail audit) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public StoredCandidate? Person { get; private set; }

    public ShortlistResponse? Shortlist { get; private set; }

    public CommitmentView? Commitment { get; private set; }

    public IReadOnlyList<StepUp> StepsUp { get; private set; } = [];

    public DateOnly Today => calendar.Today;

    public string Title(Matcher.Core.OccupationCode code) => explain.OccupationTitle(code);

    public IActionResult OnGet()
    {
        if (Load() is { } missing) return missing;
        audit.View(Me, "candidate.view", "candidate", Id);
        Shortlist = shortlists.ForCandidate(Me, Id, 10, calendar.Today);
        Commitment = commitments.Find(Me, Id);
        StepsUp = advisor.StepsUp(Person!.Candidate);
        return Page();
    }

    /// <summary>The coach accepts a proposed offer with the person: the next runs keep it.</summary>
    public IActionResult OnPostAccept(string vacancy)
    {
        var result = commitments.Set(Me, Id, vacancy, "accepted");
        if (result.Status == WriteStatus.NotFound) return NotFound();
        Notice = result.Status == WriteStatus.Done
            ? $"Zusage für {vacancy} festgehalten; die nächsten Abgleichsläufe behalten sie."
            : "Zusage nicht möglich: " + string.Join(" ", result.Errors!.All.Select(e => e.Reason));
        return Redirect($"/People/Details?id={Id}");
    }

    public IActionResult OnPostWithdraw()
    {
        if (commitments.Clear(Me, Id).Status == WriteStatus.Done) Notice = "Zusage zurückgenommen.";
        return Redirect($"/People/Details?id={Id}");
    }

    private NotFoundResult? Load()
    {
        Person = region.Current.FindCandidate(Id);
        return Person is null || !Me.MaySee(Person) ? NotFound() : null;
    }
}
