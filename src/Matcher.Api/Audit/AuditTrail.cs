using System.Collections.Concurrent;
using System.Globalization;
using Dapper;
using Matcher.Api.Access;
using Matcher.Api.Storage;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Audit;

/// <summary>
/// Writes the audit log. Changes are logged inside the transaction that makes them, so a change and its log line
/// commit together. Views (reading a candidate's data, a shortlist) are queued and written in batches by
/// <see cref="AuditFlusher"/> every fraction of a second: one durable commit per request would cap reads at the disk's
/// sync rate. An abrupt stop can lose at most the views of the last batch, never a change. A batch that cannot be
/// written (the database locked for longer than the busy timeout) stays queued, in order, for the next flush.
/// </summary>
public sealed class AuditTrail(Database database, TimeProvider clock)
{
    private readonly ConcurrentQueue<AuditEntry> pendingViews = new();
    private readonly Lock flushing = new();
    private readonly List<AuditEntry> unwritten = [];

    /// <summary>Views queued or waiting for a retry.</summary>
    public int Pending
    {
        get
        {
            lock (flushing) return unwritten.Count + pendingViews.Count;
        }
    }

    /// <summary>Logs a change inside its transaction.</summary>
    public void Change(SqliteConnection connection, SqliteTransaction transaction, Caller? caller, string action, string subjectType, string? subjectId, string? detail = null) =>
        Insert(connection, transaction, [Entry(caller, action, subjectType, subjectId, detail)]);

    /// <summary>Logs an action that is not a row change of its own (e.g. starting a match run) in its own transaction.</summary>
    public void Action(Caller? caller, string action, string subjectType, string? subjectId, string? detail = null)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        Change(connection, transaction, caller, action, subjectType, subjectId, detail);
        transaction.Commit();
    }

    /// <summary>Queues the log line of a read of personal data.</summary>
    public void View(Caller caller, string action, string subjectType, string? subjectId, string? detail = null) =>
        pendingViews.Enqueue(Entry(caller, action, subjectType, subjectId, detail));

    /// <summary>
    /// Writes the queued views in one transaction. When that fails they stay queued (ahead of newer ones) and the
    /// exception goes to the caller, which retries later.
    /// </summary>
    public void Flush()
    {
        lock (flushing)
        {
            while (pendingViews.TryDequeue(out var entry)) unwritten.Add(entry);
            if (unwritten.Count == 0) return;
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            Insert(connection, transaction, unwritten);
            transaction.Commit();
            unwritten.Clear();
        }
    }

    /// <summary>The newest entries first, optionally only one subject's or since a time.</summary>
    public IReadOnlyList<AuditEntry> Read(string? subjectId, DateTimeOffset? since, int limit, int offset)
    {
        Flush(); // a busy database surfaces here as a 503: the reader retries

        using var connection = database.Open();
        return connection.Query<Row>(
            """
            SELECT at AS At, organisation_id AS OrganisationId, key_id AS KeyId, action AS Action, subject_type AS SubjectType,
                   subject_id AS SubjectId, detail AS Detail, user_id AS UserId
            FROM audit_log
            WHERE (@subjectId IS NULL OR subject_id = @subjectId) AND (@since IS NULL OR at >= @since)
            ORDER BY id DESC LIMIT @limit OFFSET @offset
            """,
            new { subjectId, since = since?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), limit, offset })
            .Select(r => new AuditEntry(DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture), r.OrganisationId, r.KeyId, r.Action, r.SubjectType, r.SubjectId, r.Detail, r.UserId))
            .ToList();
    }

    private AuditEntry Entry(Caller? caller, string action, string subjectType, string? subjectId, string? detail) =>
        new(clock.GetUtcNow(), caller?.OrganisationId, caller?.KeyId, action, subjectType, subjectId, detail, caller?.UserId);

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<AuditEntry> entries) =>
        connection.Execute(
            """
            INSERT INTO audit_log (at, organisation_id, key_id, action, subject_type, subject_id, detail, user_id)
            VALUES (@At, @OrganisationId, @KeyId, @Action, @SubjectType, @SubjectId, @Detail, @UserId)
            """,
            entries.Select(e => new
            {
                At = e.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), e.OrganisationId, e.KeyId, e.Action, e.SubjectType, e.SubjectId, e.Detail, e.UserId,
            }),
            transaction);

    private sealed record Row(string At, long? OrganisationId, long? KeyId, string Action, string SubjectType, string? SubjectId, string? Detail, long? UserId);
}
