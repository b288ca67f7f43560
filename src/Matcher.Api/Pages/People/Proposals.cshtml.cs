using Matcher.Api.Runs;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.People;

/// <summary>The latest run's proposals for the coach's people.</summary>
public sealed class ProposalsModel(RunQueries runs) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    public ProposalList List { get; private set; } = new(null, null, true, false);

    public void OnGet()
    {
        var run = runs.LatestCompleted();
        List = new ProposalList(run, run is { } id ? runs.Proposals(Me, id, ProposalList.PageSize, Math.Max(0, Offset)) : null, PersonLink: true, VacancyLink: false);
    }
}
