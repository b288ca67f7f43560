using Microsoft.Data.Sqlite;

namespace Matcher.Api.Audit;

/// <summary>
/// Writes queued audit views every 200 ms, and the rest when the service stops. A database that stays locked does not
/// stop the service: the views stay queued and the flusher tries again, backing off up to 5 s, for as long as the process
/// lives.
/// </summary>
public sealed partial class AuditFlusher(AuditTrail trail, ILogger<AuditFlusher> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = Interval;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(wait, stoppingToken);
                wait = TryFlush() ? Interval : TimeSpan.FromTicks(Math.Min(LongestBackOff.Ticks, wait.Ticks * 2));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush below writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        for (var attempt = 0; attempt < 3 && !TryFlush(); attempt++) await Task.Delay(Interval, CancellationToken.None);
    }

    private bool TryFlush()
    {
        try
        {
            trail.Flush();
            return true;
        }
        catch (SqliteException e)
        {
            FlushFailed(log, trail.Pending, e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit log not written now ({Pending} lines kept for the next try): {Reason}")]
    private static partial void FlushFailed(ILogger logger, int pending, string reason);
}
