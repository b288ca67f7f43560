namespace Matcher.Core.Scoring.Calibration;

/// <summary>
/// How well predicted probabilities of a lasting placement match what happened: discrimination (AUC: the chance that a
/// success is ranked above a failure), calibration (Brier score: mean squared error of the probability; lower is
/// better) and the reliability table behind it (ten bins of predicted probability).
/// </summary>
public sealed record CalibrationReport(int Examples, double BaseRate, double Auc, double Brier, IReadOnlyList<ReliabilityBin> Reliability)
{
    public static CalibrationReport Of(IReadOnlyList<(double Predicted, bool Success)> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var n = predictions.Count;
        if (n == 0) return new CalibrationReport(0, double.NaN, double.NaN, double.NaN, []);
        var positives = predictions.Count(p => p.Success);
        var brier = predictions.Average(p => Math.Pow(p.Predicted - (p.Success ? 1 : 0), 2));
        var bins = new List<ReliabilityBin>();
        for (var b = 0; b < 10; b++)
        {
            double from = b / 10.0, to = (b + 1) / 10.0;
            var inBin = predictions.Where(p => p.Predicted >= from && (p.Predicted < to || (b == 9 && p.Predicted <= 1))).ToList();
            if (inBin.Count > 0) bins.Add(new ReliabilityBin(from, to, inBin.Count, inBin.Average(p => p.Predicted), inBin.Average(p => p.Success ? 1.0 : 0.0)));
        }
        return new CalibrationReport(n, positives / (double)n, AreaUnderRoc(predictions, positives), brier, bins);
    }

    /// <summary>Area under the ROC curve from ranks (Mann–Whitney U), ties counted half; NaN without both classes.</summary>
    private static double AreaUnderRoc(IReadOnlyList<(double Predicted, bool Success)> predictions, int positives)
    {
        var negatives = predictions.Count - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        var ordered = predictions.OrderBy(p => p.Predicted).ToList();
        double rankSum = 0;
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j < ordered.Count && ordered[j].Predicted == ordered[i].Predicted) j++;
            var averageRank = (i + j + 1) / 2.0;  // ranks i+1 .. j
            for (var k = i; k < j; k++) if (ordered[k].Success) rankSum += averageRank;
            i = j;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
