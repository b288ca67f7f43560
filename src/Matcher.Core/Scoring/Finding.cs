using System.Collections.Immutable;

namespace Matcher.Core.Scoring;

/// <summary>One piece of evidence: what was found, about which items (skill ids, codes, levels), with an optional number.</summary>
public sealed record Finding(FindingCode Code, ImmutableArray<string> Items, double? Number = null)
{
    public static Finding Of(FindingCode code, params string[] items) => new(code, [.. items]);

    public static Finding WithNumber(FindingCode code, double number, params string[] items) => new(code, [.. items], number);
}
