namespace Matcher.Api.Requests;

/// <summary>How a write ended, for the API and the web pages alike.</summary>
public enum WriteStatus
{
    Done,
    /// <summary>The record does not exist or lies outside the caller's scope.</summary>
    NotFound,
    /// <summary>Fields are missing or wrong: see <see cref="WriteResult{T}.Errors"/>.</summary>
    Invalid,
    /// <summary>Another record already holds the unique value (e.g. an external id): see <see cref="WriteResult{T}.ConflictWith"/>.</summary>
    Conflict,
}

/// <summary>The outcome of a write: its value when done, the field errors when invalid, the other record on a conflict.</summary>
public sealed record WriteResult<T>(WriteStatus Status, T? Value = default, FieldErrors? Errors = null, string? ConflictWith = null);

/// <summary>Makes <see cref="WriteResult{T}"/>s.</summary>
public static class WriteResult
{
    public static WriteResult<T> Done<T>(T value) => new(WriteStatus.Done, value);

    public static WriteResult<T> NotFound<T>() => new(WriteStatus.NotFound);

    public static WriteResult<T> Invalid<T>(FieldErrors errors) => new(WriteStatus.Invalid, Errors: errors);

    public static WriteResult<T> Conflict<T>(string other) => new(WriteStatus.Conflict, ConflictWith: other);
}
