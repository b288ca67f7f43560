using System.Globalization;
using Dapper;
using Matcher.Api.Requests;
using Matcher.Api.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Access;

/// <summary>
/// User accounts for the web application. Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2 with a per-password salt; old hashes are upgraded on login). After <see cref="MaxFailedLogins"/> wrong passwords
/// in a row an account is locked for <see cref="LockoutDuration"/>; an operator's password reset unlocks it.
/// </summary>
public sealed class UserStore(Database database, TimeProvider clock)
{
    public const int MaxFailedLogins = 5;
    public const int MinPasswordLength = 12;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private readonly PasswordHasher<UserAccount> hasher = new();

    /// <summary>Checks a new password: at least <see cref="MinPasswordLength"/> characters, not only letters or only digits.</summary>
    public static void CheckPassword(string? password, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
            errors.Add(field, $"Mindestens {MinPasswordLength} Zeichen.");
        else if (password.All(char.IsLetter) || password.All(char.IsDigit))
            errors.Add(field, "Bitte Buchstaben mit Ziffern oder Sonderzeichen mischen.");
        else if (password.Length > 200) errors.Add(field, "Höchstens 200 Zeichen.");
    }

    /// <summary>Creates a user for an organisation; null with errors when the login is taken or a field is invalid.</summary>
    public UserAccount? Create(long organisationId, string? login, string? displayName, string? password, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var name = FreeText.Check(displayName, "displayName", 200, required: true, errors);
        var user = FreeText.Check(login, "login", 200, required: true, errors);
        if (user is not null && (user.Contains(' ', StringComparison.Ordinal) || user.Length < 3)) errors.Add("login", "3 bis 200 Zeichen ohne Leerzeichen, z. B. eine E-Mail-Adresse.");
        CheckPassword(password, "password", errors);
        if (errors.Any) return null;
        using var connection = database.Open();
        var organisation = connection.QuerySingleOrDefault<(long Id, string Name, string Kind)?>("SELECT id, name, kind FROM organisations WHERE id = @organisationId", new { organisationId });
        if (organisation is null) { errors.Add("organisationId", "Diese Organisation gibt es nicht."); return null; }
        var draft = new UserAccount(0, organisationId, organisation.Value.Name, RoleOf(organisation.Value.Kind), user!, name!, null, false);
        try
        {
            var id = connection.ExecuteScalar<long>(
                """
                INSERT INTO users (organisation_id, login, display_name, password_hash, created_at)
                VALUES (@organisationId, @login, @name, @hash, @at) RETURNING id
                """,
                new { organisationId, login = user, name, hash = hasher.HashPassword(draft, password!), at = Now() });
            return draft with { Id = id };
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            errors.Add("login", $"Die Anmeldung '{user}' gibt es schon.");
            return null;
        }
    }

    /// <summary>Checks a login; counts failures and locks the account after <see cref="MaxFailedLogins"/> of them.</summary>
    public SignInResult SignIn(string? login, string? password)
    {
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password) || login.Length > 200 || password.Length > 200)
            return new SignInResult(SignInOutcome.WrongCredentials, null, null);
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<Row>($"{Select} WHERE u.login = @login", new { login = login.Trim() });
        if (row is null || row.DisabledAt is not null)
        {
            // Spend the time a hash check takes, so that unknown logins are not told apart by the answer's speed.
            hasher.VerifyHashedPassword(Placeholder, PlaceholderHash, password);
            return new SignInResult(SignInOutcome.WrongCredentials, null, null);
        }
        var user = ToAccount(row);
        var now = clock.GetUtcNow();
        if (user.LockedUntil is { } until && until > now) return new SignInResult(SignInOutcome.LockedOut, null, until);
        var verdict = hasher.VerifyHashedPassword(user, row.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = row.FailedLogins + 1;
            DateTimeOffset? locked = failures >= MaxFailedLogins ? now + LockoutDuration : null;
            connection.Execute("UPDATE users SET failed_logins = @failures, locked_until = @locked WHERE id = @id",
                new { failures = locked is null ? failures : 0, locked = locked is { } l ? Text(l) : null, id = row.Id });
            return locked is { } lockedUntil ? new SignInResult(SignInOutcome.LockedOut, null, lockedUntil) : new SignInResult(SignInOutcome.WrongCredentials, null, null);
        }
        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password) : row.PasswordHash;
        connection.Execute("UPDATE users SET failed_logins = 0, locked_until = NULL, password_hash = @rehash WHERE id = @id", new { rehash, id = row.Id });
        return new SignInResult(SignInOutcome.SignedIn, user with { LockedUntil = null }, null);
    }

    /// <summary>Sets a new password (the operator's reset), which also unlocks the account; false when there is no such user.</summary>
    public bool ResetPassword(long userId, string? password, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        CheckPassword(password, "password", errors);
        if (errors.Any) return false;
        var user = Find(userId);
        if (user is null) return false;
        using var connection = database.Open();
        return connection.Execute("UPDATE users SET password_hash = @hash, failed_logins = 0, locked_until = NULL WHERE id = @userId",
            new { hash = hasher.HashPassword(user, password!), userId }) == 1;
    }

    public UserAccount? Find(long userId)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Row>($"{Select} WHERE u.id = @userId", new { userId }) is { } row ? ToAccount(row) : null;
    }

    /// <summary>Users, optionally of one organisation, by login.</summary>
    public IReadOnlyList<UserAccount> List(long? organisationId = null)
    {
        using var connection = database.Open();
        return [.. connection.Query<Row>($"{Select} WHERE @organisationId IS NULL OR u.organisation_id = @organisationId ORDER BY u.login", new { organisationId }).Select(ToAccount)];
    }

    /// <summary>The role of an organisation's people, by its kind.</summary>
    public static Role RoleOf(string kind) => kind switch
    {
        "chamber" => Role.Chamber,
        "coaching" => Role.Coach,
        _ => Role.Admin,
    };

    private const string Select =
        """
        SELECT u.id AS Id, u.organisation_id AS OrganisationId, o.name AS OrganisationName, o.kind AS Kind, u.login AS Login, u.display_name AS DisplayName,
               u.password_hash AS PasswordHash, u.failed_logins AS FailedLogins, u.locked_until AS LockedUntil, u.disabled_at AS DisabledAt
        FROM users u JOIN organisations o ON o.id = u.organisation_id
        """;

    private static readonly UserAccount Placeholder = new(0, 0, "", Role.Coach, "", "", null, false);
    private static readonly string PlaceholderHash = new PasswordHasher<UserAccount>().HashPassword(Placeholder, "placeholder-never-matches");

    private static UserAccount ToAccount(Row r) => new(r.Id, r.OrganisationId, r.OrganisationName, RoleOf(r.Kind), r.Login, r.DisplayName,
        r.LockedUntil is null ? null : DateTimeOffset.Parse(r.LockedUntil, CultureInfo.InvariantCulture), r.DisabledAt is not null);

    private string Now() => Text(clock.GetUtcNow());

    private static string Text(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private sealed record Row(long Id, long OrganisationId, string OrganisationName, string Kind, string Login, string DisplayName, string PasswordHash,
        long FailedLogins, string? LockedUntil, string? DisabledAt);
}
