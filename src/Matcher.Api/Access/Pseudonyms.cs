using System.Security.Cryptography;
using System.Text;
using Dapper;
using Matcher.Api.Storage;

namespace Matcher.Api.Access;

/// <summary>
/// Stable pseudonyms for candidates shown to chambers: an HMAC of the candidate id under this instance's secret,
/// so a chamber can refer to a profile without learning who it is or guessing other ids.
/// </summary>
public sealed class Pseudonyms(Database database)
{
    private readonly Lazy<byte[]> secret = new(() =>
    {
        using var connection = database.Open();
        return Convert.FromHexString(connection.ExecuteScalar<string>("SELECT value FROM settings WHERE name = 'pseudonym-secret'")
            ?? throw new InvalidOperationException("The database has no pseudonym secret; was it migrated?"));
    });

    public string Of(string candidateId) => "P-" + Convert.ToHexStringLower(HMACSHA256.HashData(secret.Value, Encoding.UTF8.GetBytes(candidateId)))[..12];
}
