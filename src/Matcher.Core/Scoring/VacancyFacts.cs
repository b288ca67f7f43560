namespace Matcher.Core.Scoring;

/// <summary>
/// What scoring needs of a vacancy that does not depend on the candidate, computed once per vacancy and date
/// (<see cref="PairScorer.FactsOf"/>) so that scoring millions of pairs does not redo the pay arithmetic.
/// </summary>
/// <param name="PayBelowMinimum">Knock-out: pay below the statutory minimum wage or apprenticeship pay.</param>
/// <param name="RegulatedWork">Work in a regulated profession: only a fully valid qualification opens it.</param>
/// <param name="LatestAvailability">The last day a candidate may become available and still count.</param>
/// <param name="HourlyPay">Gross pay per hour (monthly pay spread over the contract hours).</param>
/// <param name="PayWellAboveMinimumWage">At least 20% above the minimum wage at the start.</param>
/// <param name="StatutoryCommuteMinutes">Daily commute §140(4) SGB III deems reasonable for these hours.</param>
public readonly record struct VacancyFacts(
    bool PayBelowMinimum,
    bool RegulatedWork,
    DateOnly LatestAvailability,
    decimal HourlyPay,
    bool PayWellAboveMinimumWage,
    int StatutoryCommuteMinutes);
