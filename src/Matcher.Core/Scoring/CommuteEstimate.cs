namespace Matcher.Core.Scoring;

/// <summary>
/// An estimated commute: straight-line distance times a detour factor at a typical door-to-door
/// speed per mode, plus a fixed overhead. It is an estimate without timetable data and says so.
/// </summary>
/// <param name="DistanceKm">Straight-line distance.</param>
/// <param name="OneWayMinutes">Estimated door-to-door time one way, whole minutes.</param>
/// <param name="DailyMinutes">Round trip per working day.</param>
/// <param name="LimitMinutes">The candidate's own daily limit.</param>
/// <param name="StatutoryLimitMinutes">What §140(4) SGB III deems reasonable for these daily hours (150 or 120).</param>
public sealed record CommuteEstimate(TravelMode Mode, double DistanceKm, int OneWayMinutes, int DailyMinutes, int LimitMinutes, int StatutoryLimitMinutes);
