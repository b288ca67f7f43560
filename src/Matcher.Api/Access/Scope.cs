using Matcher.Api.Region;

namespace Matcher.Api.Access;

/// <summary>
/// Who may see which record. Chambers see their own vacancies and candidates only as pseudonymous profiles;
/// coaches see their own organisation's candidates and all vacancies; the operator sees everything.
/// A record outside the caller's scope is answered like one that does not exist (404), so its existence is not revealed.
/// </summary>
public static class Scope
{
    public static bool MaySee(this Caller caller, StoredCandidate candidate) => caller.Role switch
    {
        Role.Admin => true,
        Role.Coach => candidate.OrganisationId == caller.OrganisationId,
        _ => false,
    };

    public static bool MaySee(this Caller caller, StoredVacancy vacancy) =>
        caller.Role != Role.Chamber || vacancy.OrganisationId == caller.OrganisationId;
}
