using Matcher.Api.Runs;
using Xunit;

namespace Matcher.Tests.Api;

public sealed class NightlyScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeOnly Two = new(2, 0);

    [Fact]
    public void The_nightly_runs_side_constraints_come_from_configuration_and_a_value_out_of_range_stops_the_start()
    {
        var configured = new Matcher.Api.Setup.MatcherOptions { NightlyMaxNewHiresPerEmployer = 3, NightlyMinWomenRatePercent = 80 }.NightlyLimits();
        Assert.Equal(new Matcher.Api.Runs.RunLimits(3, null, 80), configured);
        Assert.True(new Matcher.Api.Setup.MatcherOptions().NightlyLimits().IsEmpty);
        Assert.Contains("NightlyMaxChanges", Assert.Throws<InvalidOperationException>(() => new Matcher.Api.Setup.MatcherOptions { NightlyMaxChanges = -1 }.NightlyLimits()).Message, StringComparison.Ordinal);
        Assert.Contains("NightlyMinWomenRatePercent", Assert.Throws<InvalidOperationException>(() => new Matcher.Api.Setup.MatcherOptions { NightlyMinWomenRatePercent = 0 }.NightlyLimits()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_winter_02_00_Berlin_is_01_00_utc_of_the_next_night()
    {
        var next = NightlySchedule.Next(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero), Two, Berlin);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero), next.ToUniversalTime());
    }

    [Fact]
    public void Shortly_before_the_time_the_run_is_due_the_same_night()
    {
        var next = NightlySchedule.Next(new DateTimeOffset(2026, 7, 1, 23, 59, 0, TimeSpan.Zero), Two, Berlin);
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 0, 0, 0, TimeSpan.Zero), next.ToUniversalTime());
    }

    [Fact]
    public void When_clocks_go_forward_a_missing_time_runs_at_the_jump()
    {
        // 28 March 2027: 02:00 CET becomes 03:00 CEST; 02:30 does not exist.
        var next = NightlySchedule.Next(new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.Zero), new TimeOnly(2, 30), Berlin);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), next.ToUniversalTime());
    }

    [Fact]
    public void When_clocks_go_back_a_doubled_time_runs_once_at_its_first_occurrence()
    {
        // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
        var first = NightlySchedule.Next(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero), new TimeOnly(2, 30), Berlin);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), first.ToUniversalTime());
        var after = NightlySchedule.Next(first, new TimeOnly(2, 30), Berlin);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), after.ToUniversalTime());
    }
}
