namespace Matcher.Api.Access;

/// <summary>A person who logs in to the web application, with their organisation and the role that follows from it.</summary>
/// <param name="Login">The name they log in with (case does not matter), e.g. an e-mail address.</param>
/// <param name="LockedUntil">After repeated wrong passwords: no login before this time.</param>
public sealed record UserAccount(long Id, long OrganisationId, string OrganisationName, Role Role, string Login, string DisplayName, DateTimeOffset? LockedUntil, bool Disabled);
