namespace Matcher.Core.Taxonomy;

/// <summary>One candidate occupation for a free-text title.</summary>
/// <param name="Confidence">In [0, 1]; 1 means the normalised title is a known title of the occupation.</param>
/// <param name="MatchedTitle">The known title (normalised) that matched best.</param>
public sealed record TitleMatch(Occupation Occupation, double Confidence, string MatchedTitle);
