namespace Matcher.Api.Runs;

/// <summary>When the nightly run is due: a wall-clock time in a time zone, across daylight-saving changes.</summary>
public static class NightlySchedule
{
    /// <summary>
    /// The first moment after <paramref name="now"/> when the clock in <paramref name="zone"/> shows <paramref name="at"/>.
    /// On the night the clocks go forward a time that does not exist (02:30 in Germany) runs at the moment of the jump
    /// (03:00); on the night they go back, a time that occurs twice runs at its first occurrence.
    /// </summary>
    public static DateTimeOffset Next(DateTimeOffset now, TimeOnly at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        for (var day = localToday.AddDays(-1); ; day = day.AddDays(1))
        {
            var due = Resolve(day.ToDateTime(at), zone);
            if (due > now) return due;
        }
    }

    private static DateTimeOffset Resolve(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
