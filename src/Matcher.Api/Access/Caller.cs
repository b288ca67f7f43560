using System.Globalization;
using System.Security.Claims;

namespace Matcher.Api.Access;

/// <summary>Who is calling: the key's id, its organisation and role (from the authenticated request).</summary>
public sealed record Caller(long KeyId, long OrganisationId, Role Role)
{
    public const string KeyIdClaim = "matcher:key";
    public const string OrganisationClaim = "matcher:organisation";

    public ClaimsPrincipal ToPrincipal(string scheme) => new(new ClaimsIdentity(
    [
        new Claim(KeyIdClaim, KeyId.ToString(CultureInfo.InvariantCulture)),
        new Claim(OrganisationClaim, OrganisationId.ToString(CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Role, RoleNames.Of(Role)),
    ], scheme));

    /// <summary>The caller of an authenticated request; throws if the request was not authenticated by an API key.</summary>
    public static Caller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = user.FindFirstValue(KeyIdClaim) ?? throw new InvalidOperationException("The request is not authenticated by an API key.");
        if (!RoleNames.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role)) throw new InvalidOperationException("The request's role claim is missing.");
        return new Caller(long.Parse(key, CultureInfo.InvariantCulture), long.Parse(user.FindFirstValue(OrganisationClaim)!, CultureInfo.InvariantCulture), role);
    }
}
