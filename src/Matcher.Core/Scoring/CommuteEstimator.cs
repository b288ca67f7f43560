using Matcher.Core.People;
using Matcher.Core.Vacancies;

namespace Matcher.Core.Scoring;

/// <summary>Estimates daily travel time from distance and the candidate's modes; picks the fastest available mode.</summary>
public static class CommuteEstimator
{
    /// <summary>Roads and rails are not straight: typical ratio of route length to straight-line distance.</summary>
    public const double DetourFactor = 1.3;

    /// <summary>Hours a day above which §140(4) SGB III allows 2.5 h of commuting instead of 2 h.</summary>
    public const double LongWorkdayHours = 6;

    // Door-to-door speeds (km/h along the route) and fixed overheads (minutes) for a rural district:
    // buses run hourly at best, so public transport carries a long wait-and-walk overhead.
    private static readonly (TravelMode Mode, double Kmh, int OverheadMinutes)[] Profiles =
    [
        (TravelMode.Car, 50, 5),
        (TravelMode.PublicTransport, 22, 20),
        (TravelMode.Bicycle, 15, 2),
        (TravelMode.Walking, 4.5, 0),
    ];

    public static CommuteEstimate Estimate(Candidate candidate, Vacancy vacancy)
    {
        var (mode, distance, oneWay) = Fastest(candidate, vacancy);
        return new CommuteEstimate(mode, distance, oneWay, 2 * oneWay, candidate.Mobility.MaxDailyCommuteMinutes, StatutoryLimitMinutes(vacancy));
    }

    /// <summary>The fastest available mode, the straight-line distance (km) and the one-way minutes; allocation-free.</summary>
    public static (TravelMode Mode, double DistanceKm, int OneWayMinutes) Fastest(Candidate candidate, Vacancy vacancy)
    {
        var distance = candidate.Home.DistanceKmTo(vacancy.Location);
        var (mode, minutes) = Fastest(candidate.Mobility, distance);
        return (mode, distance, minutes);
    }

    /// <summary>The fastest mode available with <paramref name="mobility"/> over a straight-line distance, and its one-way minutes.</summary>
    public static (TravelMode Mode, int OneWayMinutes) Fastest(Mobility mobility, double distanceKm)
    {
        var route = distanceKm * DetourFactor;
        var best = (Mode: TravelMode.Walking, Minutes: int.MaxValue);
        foreach (var (mode, kmh, overhead) in Profiles)
        {
            if (!Available(mode, mobility)) continue;
            var minutes = (int)Math.Ceiling(route / kmh * 60) + overhead;
            if (minutes < best.Minutes) best = (mode, minutes);
        }
        return best;
    }

    /// <summary>Daily commute §140(4) SGB III deems reasonable: 150 minutes for days over 6 hours, else 120.</summary>
    public static int StatutoryLimitMinutes(Vacancy vacancy) => vacancy.WeeklyHours / 5 > LongWorkdayHours ? 150 : 120;

    /// <summary>
    /// The largest straight-line distance (km) at which <see cref="Estimate"/> can stay within the candidate's daily
    /// limit with some available mode: an exact bound for pre-filtering pairs by distance.
    /// </summary>
    public static double MaxReachKm(Mobility mobility)
    {
        var oneWay = mobility.MaxDailyCommuteMinutes / 2;
        var reach = 0.0;
        foreach (var (mode, kmh, overhead) in Profiles)
        {
            if (!Available(mode, mobility) || oneWay < overhead) continue;
            reach = Math.Max(reach, (oneWay - overhead) / 60.0 * kmh / DetourFactor);
        }
        return reach;
    }

    /// <summary>
    /// The straight-line distances (km) around the commuting limit: up to <c>Within</c> the daily commute
    /// (2 × <see cref="Fastest(Mobility, double)"/>) is within the candidate's limit, from <c>Beyond</c> on it is not,
    /// and in between (at most a rounding step) only <see cref="Fastest(Mobility, double)"/> can tell. The commute
    /// grows with the distance, so one bisection per candidate replaces the estimate for every pair.
    /// </summary>
    public static (double Within, double Beyond) LimitDistanceKm(Mobility mobility)
    {
        ArgumentNullException.ThrowIfNull(mobility);
        bool Fits(double km) => 2 * Fastest(mobility, km).OneWayMinutes <= mobility.MaxDailyCommuteMinutes;
        if (!Fits(0)) return (-1, 0);
        double within = 0, beyond = MaxReachKm(mobility) + 1;
        if (Fits(beyond)) return (beyond, double.PositiveInfinity); // cannot happen with the reach above; kept safe
        for (var step = 0; step < 64 && beyond - within > 1e-9; step++)
        {
            var middle = (within + beyond) / 2;
            if (Fits(middle)) within = middle; else beyond = middle;
        }
        return (within, beyond);
    }

    private static bool Available(TravelMode mode, Mobility mobility) => mode switch
    {
        TravelMode.Car => mobility.Modes.HasFlag(CommuteModes.Car) && mobility.HasDrivingLicence,
        TravelMode.PublicTransport => mobility.Modes.HasFlag(CommuteModes.PublicTransport),
        TravelMode.Bicycle => mobility.Modes.HasFlag(CommuteModes.Bicycle),
        _ => true,
    };
}
