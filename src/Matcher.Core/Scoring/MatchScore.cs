using System.Collections.Immutable;

namespace Matcher.Core.Scoring;

/// <summary>The quality of one candidate-vacancy pair with its explanation.</summary>
/// <param name="Value">In [0, 1]: the weighted mean of the applicable components, or 0 when knocked out.</param>
/// <param name="Components">Every component with its value, weight and evidence, in <see cref="ScoreComponentKind"/> order.</param>
/// <param name="KnockOuts">Hard reasons against the pair; empty for a possible match.</param>
/// <param name="Commute">The travel estimate behind the commute component.</param>
public sealed record MatchScore(double Value, ImmutableArray<ScoreComponent> Components, ImmutableArray<KnockOut> KnockOuts, CommuteEstimate Commute)
{
    public bool IsKnockedOut => !KnockOuts.IsEmpty;

    /// <summary>The component of the given kind.</summary>
    public ScoreComponent this[ScoreComponentKind kind] => Components[(int)kind];
}
