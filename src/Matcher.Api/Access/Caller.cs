using System.Globalization;
using System.Security.Claims;

namespace Matcher.Api.Access;

/// <summary>
/// Who is calling: a machine client by its API key, or a person logged in to the web application, with their
/// organisation and role (from the authenticated request). Both are scoped alike.
/// </summary>
/// <param name="KeyId">The API key used; null for a person.</param>
/// <param name="UserId">The person logged in; null for an API key.</param>
public sealed record Caller(long? KeyId, long OrganisationId, Role Role, long? UserId = null)
{
    public const string KeyIdClaim = "matcher:key";
    public const string UserIdClaim = "matcher:user";
    public const string OrganisationClaim = "matcher:organisation";
    public const string OrganisationNameClaim = "matcher:organisation-name";

    public ClaimsPrincipal ToPrincipal(string scheme, string? displayName = null, string? organisationName = null)
    {
        var claims = new List<Claim>
        {
            new(OrganisationClaim, OrganisationId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Role, RoleNames.Of(Role)),
        };
        if (KeyId is { } key) claims.Add(new Claim(KeyIdClaim, key.ToString(CultureInfo.InvariantCulture)));
        if (UserId is { } user) claims.Add(new Claim(UserIdClaim, user.ToString(CultureInfo.InvariantCulture)));
        if (displayName is not null) claims.Add(new Claim(ClaimTypes.Name, displayName));
        if (organisationName is not null) claims.Add(new Claim(OrganisationNameClaim, organisationName));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The caller of an authenticated request; throws if it was authenticated neither by a key nor as a person.</summary>
    public static Caller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = user.FindFirstValue(KeyIdClaim);
        var person = user.FindFirstValue(UserIdClaim);
        if (key is null && person is null) throw new InvalidOperationException("The request is authenticated neither by an API key nor as a user.");
        if (!RoleNames.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role)) throw new InvalidOperationException("The request's role claim is missing.");
        return new Caller(
            key is null ? null : long.Parse(key, CultureInfo.InvariantCulture),
            long.Parse(user.FindFirstValue(OrganisationClaim)!, CultureInfo.InvariantCulture), role,
            person is null ? null : long.Parse(person, CultureInfo.InvariantCulture));
    }
}
