namespace Matcher.Core.Batch;

/// <summary>A vacancy that candidate generation admitted for a candidate, with the straight-line distance it computed on the way.</summary>
public readonly record struct AdmissiblePair(int Vacancy, double DistanceKm);
