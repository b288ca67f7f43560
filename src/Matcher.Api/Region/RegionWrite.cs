using Microsoft.Data.Sqlite;

namespace Matcher.Api.Region;

/// <summary>
/// One write to the region (<see cref="RegionStore.BeginWrite"/>): a connection and transaction to write with, and
/// <see cref="Commit"/>, which commits and applies the change to the in-memory region in one step. Disposing without a
/// commit rolls back. Not to be kept across an await of anything slow: it holds the writers' lock.
/// </summary>
public sealed class RegionWrite : IDisposable
{
    private readonly RegionStore store;

    internal RegionWrite(RegionStore store, SqliteConnection connection, SqliteTransaction transaction)
    {
        this.store = store;
        Connection = connection;
        Transaction = transaction;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction Transaction { get; }

    /// <summary>Commits the transaction, then installs <paramref name="change"/> applied to the current snapshot.</summary>
    public void Commit(Func<RegionSnapshot, RegionSnapshot> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Transaction.Commit();
        store.Apply(change);
    }

    public void Dispose()
    {
        try
        {
            Transaction.Dispose();
            Connection.Dispose();
        }
        finally
        {
            store.Release();
        }
    }
}
