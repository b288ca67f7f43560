namespace Matcher.Core.Scoring.Calibration;

/// <summary>Weights fitted to outcomes, with the intercept that turns a score into a probability: P = σ(b + log score).</summary>
public sealed record FittedScoring(ScoringWeights Weights, double Intercept)
{
    /// <summary>The predicted probability that a proposal with these log components becomes a lasting placement.</summary>
    public double Probability(double[] logComponents) => Sigmoid(Intercept + LogScore(Weights, logComponents));

    /// <summary>Σ weight·log(component): the logarithm of the score the weights give.</summary>
    public static double LogScore(ScoringWeights weights, double[] logComponents)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(logComponents);
        double sum = 0;
        foreach (var kind in Enum.GetValues<ScoreComponentKind>()) sum += weights.For(kind) * logComponents[(int)kind];
        return sum;
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
