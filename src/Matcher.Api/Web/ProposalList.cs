using Matcher.Api.Candidates;
using Matcher.Api.Runs;

namespace Matcher.Api.Web;

/// <summary>A page of a run's proposals for the shared proposals table, with whether people and vacancies link to their pages.</summary>
public sealed record ProposalList(long? RunId, Page<ProposalView>? Page, bool PersonLink, bool VacancyLink)
{
    public const int PageSize = 50;
}
