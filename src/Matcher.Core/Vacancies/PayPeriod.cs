namespace Matcher.Core.Vacancies;

/// <summary>The period a pay amount refers to.</summary>
public enum PayPeriod
{
    /// <summary>Gross euro per hour (jobs).</summary>
    Hour,
    /// <summary>Gross euro per month (apprenticeship and EQ pay).</summary>
    Month,
}
