using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Matcher.Api.Storage;

/// <summary>
/// Versioned schema changes: the embedded files <c>Storage/Migrations/NNNN_name.sql</c>, applied in version order,
/// each in its own transaction together with its row in <c>schema_migrations</c>, so a failed one leaves no trace.
/// </summary>
public static class Migrations
{
    private const string Prefix = "Matcher.Api.Storage.Migrations.";

    /// <summary>All migrations shipped with the app, by version.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } = Load();

    public static IReadOnlyList<string> Apply(SqliteConnection connection)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var done = connection.Query<long>("SELECT version FROM schema_migrations").ToHashSet();
        var known = All.Select(m => (long)m.Version).ToHashSet();
        if (done.FirstOrDefault(v => !known.Contains(v)) is var unknown and > 0)
            throw new InvalidOperationException($"The database has schema version {unknown}, which this version of Matcher does not know; use a newer Matcher.");
        var applied = new List<string>();
        foreach (var (version, name, sql) in All)
        {
            if (done.Contains(version)) continue;
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction: transaction);
            connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) }, transaction);
            transaction.Commit();
            applied.Add($"{version:D4}_{name}");
        }
        return applied;
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var file = resource[Prefix.Length..^".sql".Length];
            var cut = file.IndexOf('_', StringComparison.Ordinal);
            if (cut <= 0 || !int.TryParse(file[..cut], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                throw new InvalidOperationException($"Migration '{file}.sql' must be named NNNN_name.sql.");
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            list.Add((version, file[(cut + 1)..], reader.ReadToEnd()));
        }
        if (list.GroupBy(m => m.Item1).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"Two migrations have version {twice.Key}.");
        return [.. list.OrderBy(m => m.Item1)];
    }
}
