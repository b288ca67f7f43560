using Matcher.Api.Region;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Setup;

/// <summary>
/// Turns a database that is locked for longer than a request may wait (another process holding a write lock, a long
/// backup) into a 503 problem with Retry-After, instead of a 500: nothing was written, and the same request can be sent
/// again. Anything else is left to the default handler.
/// </summary>
public sealed partial class TransientFaultHandler(IProblemDetailsService problems, ILogger<TransientFaultHandler> log) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before retrying.</summary>
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsTransient(exception)) return false;
        Busy(log, httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Dienst kurz ausgelastet",
                Detail = $"Die Datenbank ist gerade gesperrt; es wurde nichts gespeichert. Bitte in {RetryAfterSeconds} Sekunden erneut senden.",
            },
        });
    }

    /// <summary>SQLITE_BUSY (5) and SQLITE_LOCKED (6), and a writer that waited too long for the one before it.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is RegionBusyException || exception is SqliteException { SqliteErrorCode: 5 or 6 } || (exception.InnerException is { } inner && IsTransient(inner));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: database busy, answered 503 ({Reason})")]
    private static partial void Busy(ILogger logger, string method, string path, string reason);
}
