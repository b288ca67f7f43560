using Matcher.Api.Setup;
using Microsoft.Extensions.Options;

namespace Matcher.Api.Runs;

/// <summary>
/// Starts a match run every night at <see cref="MatcherOptions.NightlyRunAt"/> (local time in <see cref="MatcherOptions.TimeZone"/>),
/// with the side constraints configured for it (<see cref="MatcherOptions.NightlyLimits"/>).
/// </summary>
public sealed class NightlyScheduler(MatchRunner runner, TimeProvider clock, IOptions<MatcherOptions> options, ILogger<NightlyScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.NightlyRunTime() is not { } at) return;
        var zone = options.Value.Zone();
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = NightlySchedule.Next(clock.GetUtcNow(), at, zone);
            RunLog.NextScheduled(log, next);
            try
            {
                await Task.Delay(next - clock.GetUtcNow(), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var start = runner.StartInBackground("schedule", null, limits: options.Value.NightlyLimits());
            if (start.RunningId is { } running) RunLog.ScheduledSkipped(log, running);
            await runner.Background;
        }
    }
}
