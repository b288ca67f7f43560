namespace Matcher.Core.People;

/// <summary>How far and how a candidate can commute.</summary>
/// <param name="Modes">Available modes of transport.</param>
/// <param name="MaxDailyCommuteMinutes">The candidate's own limit for the round trip per day, in minutes (1..600).</param>
/// <param name="HasDrivingLicence">Holds a car driving licence (class B).</param>
public sealed record Mobility(CommuteModes Modes, int MaxDailyCommuteMinutes, bool HasDrivingLicence);
