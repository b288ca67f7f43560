using Matcher.Api.Runs;
using Matcher.Api.Web;
using Microsoft.AspNetCore.Mvc;

namespace Matcher.Api.Pages.Offers;

/// <summary>The latest run's proposals for the chamber's vacancies, as the chamber may see them.</summary>
public sealed class ProposalsModel(RunQueries runs) : PersonPage
{
    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    public ProposalList List { get; private set; } = new(null, null, false, true);

    public void OnGet()
    {
        var run = runs.LatestCompleted();
        List = new ProposalList(run, run is { } id ? runs.Proposals(Me, id, ProposalList.PageSize, Math.Max(0, Offset)) : null, PersonLink: false, VacancyLink: true);
    }
}
