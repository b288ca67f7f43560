using Matcher.Core.People;

namespace Matcher.Core.Scoring;

/// <summary>
/// One candidate's commute factor (<see cref="PairScorer.CommuteFactor"/>) at every half kilometre up to their reach.
/// The travel time only grows with the distance, so the factor at the step below bounds the factor anywhere in the
/// step: a pair's score is bounded by a table look-up instead of a travel-time estimate. One instance per thread,
/// refilled per candidate.
/// </summary>
public sealed class CommuteFactorSteps(PairScorer scorer)
{
    public const double StepKm = 0.5;

    private double[] factors = new double[256];
    private int count;

    /// <summary>Computes the table for <paramref name="candidate"/>.</summary>
    public void Fill(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        count = (int)(CommuteEstimator.MaxReachKm(candidate.Mobility) / StepKm) + 2;
        if (factors.Length < count) factors = new double[2 * count];
        for (var i = 0; i < count; i++) factors[i] = scorer.CommuteFactor(candidate, i * StepKm);
    }

    /// <summary>At least the commute factor of any distance from <paramref name="distanceKm"/> on.</summary>
    public double AtMost(double distanceKm)
    {
        var step = (int)Math.Min(distanceKm / StepKm, count - 1);
        return factors[Math.Max(step, 0)];
    }
}
