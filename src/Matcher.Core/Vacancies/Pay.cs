namespace Matcher.Core.Vacancies;

/// <summary>Gross pay offered, in euro per period.</summary>
public sealed record Pay(decimal AmountEur, PayPeriod Period);
