namespace Matcher.Core.People;

/// <summary>The job a candidate holds now.</summary>
/// <param name="HourlyWageEur">Gross pay per hour in euro.</param>
public sealed record CurrentJob(OccupationCode Occupation, RequirementLevel Level, decimal HourlyWageEur);
