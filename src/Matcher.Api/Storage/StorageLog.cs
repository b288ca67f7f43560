namespace Matcher.Api.Storage;

/// <summary>Log messages of the storage layer.</summary>
public static partial class StorageLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Migration}.")]
    public static partial void MigrationApplied(ILogger log, string migration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo region seeded: {Candidates} candidates, {Vacancies} vacancies.")]
    public static partial void DemoSeeded(ILogger log, int candidates, int vacancies);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo key for role {Role} ({Organisation}), shown only now: {Key}")]
    public static partial void DemoKey(ILogger log, string role, string organisation, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo login for {Organisation}: {Login} / {Password} (shown only now)")]
    public static partial void DemoLogin(ILogger log, string organisation, string login, string password);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasure of {Candidate} committed, but the write-ahead log could not be emptied now (a reader); the next checkpoint will.")]
    public static partial void CheckpointDeferred(ILogger log, string candidate);
}
