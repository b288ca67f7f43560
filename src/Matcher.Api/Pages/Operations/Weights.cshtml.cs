using Matcher.Api.Outcomes;
using Matcher.Api.Setup;
using Matcher.Api.Storage;
using Matcher.Api.Web;
using Matcher.Core.Scoring;

namespace Matcher.Api.Pages.Operations;

/// <summary>
/// The scoring weights the service runs on, and on request how weights fitted to the recorded outcomes would compare
/// (the same fit as <c>weights fit</c>; installing them stays a deliberate step on the command line).
/// </summary>
public sealed class WeightsModel(WeightsInUse file, ScoringWeights current, Database database, RegionRepository repository, PairScorer scorer) : PersonPage
{
    public WeightsInUse InUse => file;

    public ScoringWeights Current => current;

    public OutcomeWeightFit? Fit { get; private set; }

    public void OnGet()
    {
    }

    public void OnPost() => Fit = OutcomeWeightFit.From(database, repository, scorer, current);
}
