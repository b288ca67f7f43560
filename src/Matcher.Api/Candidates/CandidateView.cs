using Matcher.Api.Region;
using Matcher.Core.People;

namespace Matcher.Api.Candidates;

/// <summary>A stored candidate as their coach (or the operator) reads them.</summary>
/// <param name="Monitoring">The voluntary monitoring data, as given; null when none.</param>
public sealed record CandidateView(string Id, string? Name, string? Contact, ConsentView? Consent, Candidate Profile, string? ExternalId, Monitoring.MonitoringData? Monitoring)
{
    public static CandidateView Of(StoredCandidate stored) => new(
        stored.Candidate.Id, stored.Name, stored.Contact,
        stored.ConsentGivenOn is { } on ? new ConsentView(on, stored.ConsentScope ?? "") : null,
        stored.Candidate, stored.ExternalId, stored.Monitoring);
}

public sealed record ConsentView(DateOnly GivenOn, string Scope);
