using System.Collections.Immutable;

namespace Matcher.Core.Scoring;

/// <summary>One weighted part of a score.</summary>
/// <param name="Value">In [0, 1], higher is better.</param>
/// <param name="Weight">The configured weight (not normalised); 0 when the component does not apply to this pair.</param>
public sealed record ScoreComponent(ScoreComponentKind Kind, double Value, double Weight, ImmutableArray<Finding> Findings);
