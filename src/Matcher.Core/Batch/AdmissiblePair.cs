namespace Matcher.Core.Batch;

/// <summary>
/// A vacancy that candidate generation admitted for a candidate, with a lower bound of the straight-line distance
/// (the distance itself where generation needed it): enough to bound a score. The distance a score needs is
/// <see cref="PairGenerator.Workspace.DistanceKm"/>.
/// </summary>
public readonly record struct AdmissiblePair(int Vacancy, double AtLeastKm);
