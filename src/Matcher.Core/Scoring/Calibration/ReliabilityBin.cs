namespace Matcher.Core.Scoring.Calibration;

/// <summary>One row of a reliability table: the examples whose predicted probability fell in [From, To).</summary>
public sealed record ReliabilityBin(double From, double To, int Count, double MeanPredicted, double Observed);
