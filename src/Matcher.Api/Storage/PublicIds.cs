using System.Security.Cryptography;

namespace Matcher.Api.Storage;

/// <summary>
/// Public ids of new records: a prefix and 10 random hex digits (S- vacancies, K- candidates). Random rather than
/// sequential, so an id reveals neither how many records exist nor which organisation made them.
/// </summary>
public static class PublicIds
{
    public const string Vacancy = "S";
    public const string Candidate = "K";

    public static string New(string prefix) => $"{prefix}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5))}";
}
