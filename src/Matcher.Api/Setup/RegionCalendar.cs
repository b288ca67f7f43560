using Microsoft.Extensions.Options;

namespace Matcher.Api.Setup;

/// <summary>
/// Today's date where the region is (<see cref="MatcherOptions.TimeZone"/>, Europe/Berlin by default), whatever the server's
/// own time zone: waiting periods and pay floors change at German midnight.
/// </summary>
public sealed class RegionCalendar(TimeProvider clock, IOptions<MatcherOptions> options)
{
    private readonly TimeZoneInfo zone = options.Value.Zone();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
}
