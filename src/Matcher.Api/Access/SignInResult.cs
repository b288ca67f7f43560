namespace Matcher.Api.Access;

/// <summary>The outcome of a login attempt.</summary>
public enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown login or wrong password (never told apart, so logins cannot be guessed).</summary>
    WrongCredentials,
    /// <summary>Too many wrong passwords: locked until <see cref="SignInResult.LockedUntil"/>.</summary>
    LockedOut,
}

/// <summary>A login attempt's outcome and, when signed in, the user.</summary>
public sealed record SignInResult(SignInOutcome Outcome, UserAccount? User, DateTimeOffset? LockedUntil);
