using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring;

/// <summary>
/// What scoring reads of a vacancy apart from its occupation and skills, computed once per vacancy and date
/// (<see cref="PairScorer.FactsOf"/>): the pay arithmetic is not redone for millions of pairs, and a prepared list keeps
/// these side by side in one array, so scoring a pair does not chase the vacancy's object.
/// </summary>
/// <param name="PayBelowMinimum">Knock-out: pay below the statutory minimum wage or apprenticeship pay.</param>
/// <param name="RegulatedWork">Work in a regulated profession: only a fully valid qualification opens it.</param>
/// <param name="LatestAvailability">The last day a candidate may become available and still count.</param>
/// <param name="HourlyPay">Gross pay per hour (monthly pay spread over the contract hours).</param>
/// <param name="PayWellAboveMinimumWage">At least 20% above the minimum wage at the start.</param>
/// <param name="StatutoryCommuteMinutes">Daily commute §140(4) SGB III deems reasonable for these hours.</param>
/// <param name="Kind">Job, apprenticeship or EQ place.</param>
/// <param name="RequiredLevel">Requirement level of the work.</param>
/// <param name="MinimumGerman">German level the employer asks for.</param>
/// <param name="DrivingLicenceRequired">The work needs a car driving licence.</param>
/// <param name="WeeklyHours">Contract hours per week.</param>
/// <param name="Shifts">Shift, night or weekend work.</param>
public readonly record struct VacancyFacts(
    bool PayBelowMinimum,
    bool RegulatedWork,
    DateOnly LatestAvailability,
    decimal HourlyPay,
    bool PayWellAboveMinimumWage,
    int StatutoryCommuteMinutes,
    VacancyKind Kind,
    RequirementLevel RequiredLevel,
    CefrLevel MinimumGerman,
    bool DrivingLicenceRequired,
    double WeeklyHours,
    bool Shifts)
{
    /// <summary>Apprenticeship or EQ: training, not work in the occupation yet (as <see cref="Vacancy.IsTraining"/>).</summary>
    public bool IsTraining => Kind is VacancyKind.Apprenticeship or VacancyKind.Einstiegsqualifizierung;
}
