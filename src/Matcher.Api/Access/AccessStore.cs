using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Matcher.Api.Storage;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Access;

/// <summary>
/// Organisations and API keys. A key is 32 random bytes (base64url, prefixed <c>mk_</c>), shown once on creation
/// and stored only as its SHA-256 hash: with that much randomness a slow password hash adds nothing.
/// </summary>
public sealed class AccessStore(Database database, TimeProvider clock)
{
    public const string KeyPrefix = "mk_";

    public Organisation CreateOrganisation(string name, string kind)
    {
        using var connection = database.Open();
        return CreateOrganisation(connection, null, name, kind);
    }

    /// <summary>Creates an organisation inside the caller's transaction (e.g. the demo seed's).</summary>
    public Organisation CreateOrganisation(SqliteConnection connection, SqliteTransaction? transaction, string name, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (kind is not ("chamber" or "coaching" or "operator")) throw new ArgumentException($"Unknown organisation kind '{kind}'.", nameof(kind));
        var id = connection.ExecuteScalar<long>(
            "INSERT INTO organisations (name, kind, created_at) VALUES (@name, @kind, @at) RETURNING id",
            new { name = name.Trim(), kind, at = Now() }, transaction);
        return new Organisation(id, name.Trim(), kind);
    }

    public Organisation? FindOrganisation(long id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Organisation>("SELECT id, name, kind FROM organisations WHERE id = @id", new { id });
    }

    public Organisation? FindOrganisation(string name)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Organisation>("SELECT id, name, kind FROM organisations WHERE name = @name", new { name = name.Trim() });
    }

    public IReadOnlyList<Organisation> Organisations()
    {
        using var connection = database.Open();
        return [.. connection.Query<Organisation>("SELECT id, name, kind FROM organisations ORDER BY id")];
    }

    /// <summary>Creates a key for <paramref name="organisationId"/>; the returned text is the only copy of the key.</summary>
    public (long KeyId, string Key) CreateKey(long organisationId, Role role)
    {
        var key = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        using var connection = database.Open();
        var id = connection.ExecuteScalar<long>(
            "INSERT INTO api_keys (organisation_id, role, key_hash, prefix, created_at) VALUES (@organisationId, @role, @hash, @prefix, @at) RETURNING id",
            new { organisationId, role = RoleNames.Of(role), hash = Hash(key), prefix = key[..(KeyPrefix.Length + 6)], at = Now() });
        return (id, key);
    }

    /// <summary>How long a verified key is trusted without asking the database again; a revocation in this process takes effect at once.</summary>
    public static readonly TimeSpan VerifiedKeyLifetime = TimeSpan.FromSeconds(10);

    private const int MaxVerifiedKeys = 10_000;
    private readonly ConcurrentDictionary<string, (Caller Caller, long VerifiedAt)> verified = new(StringComparer.Ordinal);

    /// <summary>
    /// The caller a key stands for, or null when the key is unknown or revoked. Verified keys are remembered for
    /// <see cref="VerifiedKeyLifetime"/> (a database round trip per request would cost more than the shortlist itself);
    /// a key revoked by another process (the keys command) is refused within that time.
    /// </summary>
    public Caller? Authenticate(string key)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 100) return null;
        var hash = Hash(key);
        if (verified.TryGetValue(hash, out var known) && Stopwatch.GetElapsedTime(known.VerifiedAt) < VerifiedKeyLifetime) return known.Caller;
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<KeyRow>(
            "SELECT id AS Id, organisation_id AS OrganisationId, role AS Role FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL", new { hash });
        if (row is null || !RoleNames.TryParse(row.Role, out var role))
        {
            verified.TryRemove(hash, out _);
            return null;
        }
        var caller = new Caller(row.Id, row.OrganisationId, role);
        if (verified.Count >= MaxVerifiedKeys) verified.Clear();
        verified[hash] = (caller, Stopwatch.GetTimestamp());
        return caller;
    }

    /// <summary>An organisation's keys, newest first: id, role, the first characters (to recognise one), when made and revoked.</summary>
    public IReadOnlyList<KeyInfo> Keys(long organisationId)
    {
        using var connection = database.Open();
        return [.. connection.Query<KeyInfo>(
            "SELECT id AS Id, role AS Role, prefix AS Prefix, created_at AS CreatedAt, revoked_at AS RevokedAt FROM api_keys WHERE organisation_id = @organisationId ORDER BY id DESC",
            new { organisationId })];
    }

    /// <summary>Revokes a key; false when there is no such active key.</summary>
    public bool RevokeKey(long keyId)
    {
        using var connection = database.Open();
        var revoked = connection.Execute("UPDATE api_keys SET revoked_at = @at WHERE id = @keyId AND revoked_at IS NULL", new { keyId, at = Now() }) == 1;
        verified.Clear();
        return revoked;
    }

    private sealed record KeyRow(long Id, long OrganisationId, string Role);

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>A key as the operator's list shows it (never the key itself).</summary>
public sealed record KeyInfo(long Id, string Role, string Prefix, string CreatedAt, string? RevokedAt);
