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
    public string ConnectionString => connectionString;

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;");
        return connection;
    }

    /// <summary>Creates the file if needed, switches it to WAL and applies the migrations not yet recorded; returns the ones applied now.</summary>
    public IReadOnlyList<string> Migrate()
    {
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        return Migrations.Apply(connection);
    }
}
