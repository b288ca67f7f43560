namespace Matcher.Core.Generation;

/// <summary>A town used to place generated people and employers; coordinates are approximate town centres.</summary>
/// <param name="Weight">Relative size (roughly the population in thousands).</param>
public sealed record Town(string Name, GeoPoint Centre, double Weight);
