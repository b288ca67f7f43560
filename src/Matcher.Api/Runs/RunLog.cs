namespace Matcher.Api.Runs;

/// <summary>Log messages of match runs.</summary>
public static partial class RunLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Match run {Run} completed: {Proposals} proposals for {Candidates} candidates and {Vacancies} vacancies in {Seconds:0.0} s.")]
    public static partial void Completed(ILogger log, long run, int proposals, int candidates, int vacancies, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Match run {Run} failed: {Reason}")]
    public static partial void Failed(ILogger log, long run, string reason, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled match run skipped: run {Running} is still going on.")]
    public static partial void ScheduledSkipped(ILogger log, long running);

    [LoggerMessage(Level = LogLevel.Information, Message = "Next scheduled match run at {At}.")]
    public static partial void NextScheduled(ILogger log, DateTimeOffset at);
}
