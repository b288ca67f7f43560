namespace Matcher.Core.Assignment;

/// <summary>An allowed pair with its integer cost (or score, when maximising).</summary>
public readonly record struct AssignmentEdge(int Row, int Column, long Cost);
