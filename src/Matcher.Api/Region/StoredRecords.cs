using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Region;

/// <summary>A stored candidate with the organisation that registered them, their consent to matching and their personal data.</summary>
/// <param name="Name">The person's name, for their coach only; never shown to chambers.</param>
/// <param name="Contact">Phone or e-mail, for their coach only.</param>
/// <param name="ExternalId">The coaching organisation's own id for the person, unique within it; optional.</param>
/// <param name="Monitoring">Voluntary equal-treatment monitoring data, for the disparity report only; never part of <see cref="Candidate"/>.</param>
public sealed record StoredCandidate(
    Candidate Candidate, long OrganisationId, DateOnly? ConsentGivenOn, string? ConsentScope, string? Name = null, string? Contact = null, string? ExternalId = null,
    Monitoring.MonitoringData? Monitoring = null)
{
    /// <summary>Without a recorded consent a candidate is never matched or shown to others.</summary>
    public bool MayBeMatched => ConsentGivenOn is not null;
}

/// <summary>A stored vacancy with the chamber that submitted it and the chamber's own id for it.</summary>
public sealed record StoredVacancy(Vacancy Vacancy, long OrganisationId, string ExternalId);
