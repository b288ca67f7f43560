namespace Matcher.Api.Runs;

/// <summary>The answer to a request for a run: the new run's id, or the id of the one still going on.</summary>
public sealed record RunStart(long? StartedId, long? RunningId)
{
    public bool Started => StartedId is not null;
}
