namespace Matcher.Core.Scoring;

/// <summary>German statutory pay floors by date.</summary>
public static class StatutoryPay
{
    // Mindestlohngesetz and the Mindestlohnkommission's decisions, gross euro per hour.
    private static readonly (DateOnly From, decimal Eur)[] MinimumWage =
    [
        (new DateOnly(2024, 1, 1), 12.41m),
        (new DateOnly(2025, 1, 1), 12.82m),
        (new DateOnly(2026, 1, 1), 13.90m),
        (new DateOnly(2027, 1, 1), 14.60m),
    ];

    // §17 BBiG minimum pay in the first training year, by the calendar year training starts.
    // Later years reuse the newest amount published so far.
    private static readonly (int StartYear, decimal Eur)[] MinimumApprenticeshipPayYear1 =
    [
        (2024, 649m),
        (2025, 682m),
        (2026, 724m),
    ];

    /// <summary>Statutory minimum wage per hour in force on <paramref name="on"/>.</summary>
    public static decimal MinimumWagePerHour(DateOnly on)
    {
        var wage = MinimumWage[0].Eur;
        foreach (var (from, eur) in MinimumWage) if (on >= from) wage = eur;
        return wage;
    }

    /// <summary>Minimum monthly pay in the first year of an apprenticeship starting on <paramref name="start"/>.</summary>
    public static decimal MinimumApprenticeshipPay(DateOnly start)
    {
        var pay = MinimumApprenticeshipPayYear1[0].Eur;
        foreach (var (year, eur) in MinimumApprenticeshipPayYear1) if (start.Year >= year) pay = eur;
        return pay;
    }
}
