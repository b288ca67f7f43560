using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Matcher.Core.Scoring.Calibration;

/// <summary>
/// Fits the scoring weights to outcomes. The score is Π component^weight, so its logarithm is Σ weight·log(component):
/// a logistic regression of "lasting placement" on the log components has exactly the weights as its coefficients
/// (P = σ(b + log score)). Fitted by minimising the mean log-loss plus an L2 penalty with Math.NET's bounded BFGS
/// (BfgsBMinimizer), because the domain demands a sign: every weight stays ≥ 0, so more of any component (an essential
/// skill, a shorter commute) never lowers a score. ML.NET's logistic trainers offer no such bound.
/// </summary>
public static class WeightFit
{
    /// <summary>Default L2 penalty per weight: keeps weights finite where a component hardly varies among proposals.</summary>
    public const double DefaultPenalty = 1e-3;

    /// <summary>No weight above this: a component's shortfall counting twenty times is no longer a weight but a knock-out.</summary>
    public const double MaxWeight = 20;

    /// <summary>Fits weights and intercept to <paramref name="examples"/> (both outcomes must occur).</summary>
    public static FittedScoring Fit(IReadOnlyList<OutcomeExample> examples, double penalty = DefaultPenalty)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var kinds = Enum.GetValues<ScoreComponentKind>().Length;
        var theta = Minimise(examples.Select(e => e.LogComponents).ToArray(), [.. examples.Select(e => e.Success)], kinds, penalty);
        var w = theta[1..];
        return new FittedScoring(new ScoringWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]), theta[0]);
    }

    /// <summary>
    /// The given weights with only a scale a ≥ 0 and an intercept fitted (Platt scaling): P = σ(b + a·log score). How the
    /// hand-set weights predict, for comparing with the fitted ones on the same held-out outcomes.
    /// </summary>
    public static (double Scale, double Intercept) Calibrate(ScoringWeights weights, IReadOnlyList<OutcomeExample> examples)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(examples);
        var logScores = examples.Select(e => new[] { FittedScoring.LogScore(weights, e.LogComponents) }).ToArray();
        var theta = Minimise(logScores, [.. examples.Select(e => e.Success)], 1, 0);
        return (theta[1], theta[0]);
    }

    /// <summary>θ = (intercept, coefficients ≥ 0) minimising mean log-loss + penalty·Σ coefficient².</summary>
    private static double[] Minimise(double[][] x, bool[] y, int features, double penalty)
    {
        if (x.Length == 0 || y.All(s => s) || !y.Any(s => s))
            throw new ArgumentException("Fitting needs outcomes of both kinds: lasting placements and proposals that failed.");
        var n = x.Length;
        var objective = ObjectiveFunction.Gradient(theta =>
        {
            var gradient = Vector<double>.Build.Dense(features + 1);
            double loss = 0;
            for (var i = 0; i < n; i++)
            {
                var z = theta[0];
                for (var k = 0; k < features; k++) z += theta[k + 1] * x[i][k];
                // log(1 + e^z) − y·z, computed without overflow
                loss += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - (y[i] ? z : 0);
                var residual = 1 / (1 + Math.Exp(-z)) - (y[i] ? 1 : 0);
                gradient[0] += residual;
                for (var k = 0; k < features; k++) gradient[k + 1] += residual * x[i][k];
            }
            loss /= n;
            gradient /= n;
            for (var k = 1; k <= features; k++)
            {
                loss += penalty * theta[k] * theta[k];
                gradient[k] += 2 * penalty * theta[k];
            }
            return (loss, gradient);
        });
        var lower = Vector<double>.Build.Dense(features + 1, 0);
        var upper = Vector<double>.Build.Dense(features + 1, MaxWeight);
        lower[0] = -50;
        upper[0] = 50;
        var start = Vector<double>.Build.Dense(features + 1, 1);
        start[0] = 0;
        var result = new BfgsBMinimizer(1e-8, 1e-10, 1e-12, 2000).FindMinimum(objective, lower, upper, start);
        return result.MinimizingPoint.ToArray();
    }
}
