using Dapper;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Storage;

/// <summary>
/// The SQLite database: opens connections with foreign keys on and a busy timeout, and brings the schema up to
/// date on start. WAL mode lets readers go on while a writer commits; synchronous=FULL makes every committed
/// transaction durable even if the process or machine stops right after.
/// </summary>
public sealed class Database(string connectionString)
{
    /// <summary>How long a statement waits for another connection's lock before it fails with SQLITE_BUSY (then: 503, retry).</summary>
    public const int BusyTimeoutSeconds = 5;

    private readonly string connectionString = WithTimeout(connectionString);

    public string ConnectionString => connectionString;

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // secure_delete: freed pages are overwritten, so an erased person's data does not linger in the file.
        connection.Execute($"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;");
        return connection;
    }

    /// <summary>
    /// Moves everything in the write-ahead log into the database file and empties the log (after an erasure, so that no
    /// old copy of a page with the person's data stays in the -wal file). Waits for readers and writers up to the busy
    /// timeout; false when one kept it from finishing (the next checkpoint will).
    /// </summary>
    public bool CheckpointTruncate()
    {
        using var connection = Open();
        var (busy, _, _) = connection.QuerySingle<(long Busy, long Log, long Checkpointed)>("PRAGMA wal_checkpoint(TRUNCATE);");
        return busy == 0;
    }

    private static string WithTimeout(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.DefaultTimeout = BusyTimeoutSeconds;
        return builder.ToString();
    }

    /// <summary>
    /// Creates the file if needed, switches it to WAL and applies the migrations not yet recorded; returns the ones applied
    /// now. Also empties the write-ahead log: after an abrupt stop it may still hold old pages of an erasure that committed.
    /// </summary>
    public IReadOnlyList<string> Migrate()
    {
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        var applied = Migrations.Apply(connection);
        connection.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        return applied;
    }
}
