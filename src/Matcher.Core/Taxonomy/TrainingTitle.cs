namespace Matcher.Core.Taxonomy;

/// <summary>A normalised text known to name (or, with a lower weight, describe) an occupation.</summary>
/// <param name="Weight">1 for a job title; less for weaker evidence such as the occupation's description.</param>
public sealed record TrainingTitle(string Normalized, OccupationCode Occupation, double Weight = 1.0);
