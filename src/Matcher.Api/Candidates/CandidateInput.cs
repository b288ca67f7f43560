using Matcher.Core;
using Matcher.Core.People;
using Matcher.Core.Residence;

namespace Matcher.Api.Candidates;

/// <summary>A candidate as a job coach registers them: personal data, consent, and the profile that is matched.</summary>
/// <param name="Name">The person's name; seen by their coach and the operator only.</param>
/// <param name="Contact">Phone or e-mail; seen by their coach and the operator only.</param>
/// <param name="Consent">The recorded consent to matching; without it the candidate is stored but never matched or shown to others.</param>
/// <param name="ExternalId">
/// The organisation's own id for the person (e.g. from its case management), optional; unique within the organisation, so a
/// retried registration answers 409 with the existing id instead of creating a second person, and imports update by it.
/// </param>
/// <param name="Monitoring">Voluntary equal-treatment monitoring data (gender, birth year, region of origin): only for the disparity report, never matched on.</param>
public sealed record CandidateInput(string Name, CandidateProfile Profile, string? Contact = null, ConsentInput? Consent = null, string? ExternalId = null,
    Monitoring.MonitoringData? Monitoring = null);

/// <summary>The date the person consented and what to (e.g. "Abgleich mit Stellen der Kammern im Burgenlandkreis").</summary>
public sealed record ConsentInput(DateOnly GivenOn, string Scope);

/// <summary>The matched profile: <see cref="Candidate"/> without its id, which the service assigns.</summary>
public sealed record CandidateProfile(
    GeoPoint Home,
    Mobility Mobility,
    CefrLevel GermanLevel,
    ResidenceStatus Residence,
    CandidatePreferences Preferences,
    DateOnly AvailableFrom,
    IReadOnlyList<LanguageSkill>? OtherLanguages = null,
    IReadOnlyList<Qualification>? Qualifications = null,
    IReadOnlySet<string>? Skills = null,
    CurrentJob? CurrentJob = null)
{
    public Candidate ToCandidate(string id) =>
        new(id, Home, Mobility, GermanLevel, OtherLanguages ?? [], Residence, Qualifications ?? [], Skills ?? new HashSet<string>(), CurrentJob, Preferences, AvailableFrom);
}
