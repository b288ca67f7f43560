using Matcher.Api.Runs;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.Operations;

/// <summary>One completed run: what changed against the one before, and its proposals.</summary>
public sealed class RunModel(MatchRunStore store, RunQueries runs, Monitoring.DisparityReports disparities) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    public MatchRun? Run { get; private set; }

    public RunChanges? Changes { get; private set; }

    public Monitoring.DisparityReport? Disparities { get; private set; }

    public ProposalList List { get; private set; } = new(null, null, false, false);

    public IActionResult OnGet()
    {
        Run = store.Find(Id);
        if (Run is not { Status: "completed" }) return NotFound();
        Changes = runs.Changes(Me, Id);
        Disparities = disparities.For(Id);
        List = new ProposalList(Id, runs.Proposals(Me, Id, ProposalList.PageSize, Math.Max(0, Offset)), false, false);
        return Page();
    }
}
