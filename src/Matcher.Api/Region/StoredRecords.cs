using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Api.Region;

/// <summary>A stored candidate with the organisation that registered them and their consent to matching.</summary>
public sealed record StoredCandidate(Candidate Candidate, long OrganisationId, DateOnly? ConsentGivenOn, string? ConsentScope)
{
    /// <summary>Without a recorded consent a candidate is never matched or shown to others.</summary>
    public bool MayBeMatched => ConsentGivenOn is not null;
}

/// <summary>A stored vacancy with the chamber that submitted it and the chamber's own id for it.</summary>
public sealed record StoredVacancy(Vacancy Vacancy, long OrganisationId, string ExternalId);
