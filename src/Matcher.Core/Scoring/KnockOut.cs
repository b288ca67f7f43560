using System.Collections.Immutable;

namespace Matcher.Core.Scoring;

/// <summary>A hard reason against a pair, with what it is about.</summary>
public sealed record KnockOut(KnockOutReason Reason, ImmutableArray<string> Items, double? Number = null)
{
    public static KnockOut Of(KnockOutReason reason, params string[] items) => new(reason, [.. items]);
}
