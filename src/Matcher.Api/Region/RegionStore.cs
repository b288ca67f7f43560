using Matcher.Api.Storage;

namespace Matcher.Api.Region;

/// <summary>
/// The region as stored, held in memory as immutable snapshots. Readers take <see cref="Current"/> and never wait.
/// Writers go through <see cref="BeginWrite"/>: one at a time, each commits its transaction and installs the snapshot
/// with its change in the same step, so the memory follows the database in commit order, an acknowledged write is
/// visible to every read that starts after it, and no reader can ever install an older state. Only the first read
/// loads the region from the database; after that no write reloads the world.
/// </summary>
public sealed class RegionStore(RegionRepository repository, Database database, string name) : IDisposable
{
    /// <summary>How long a writer waits for the one before it before the request gets a 503.</summary>
    public static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim writer = new(1, 1);
    private volatile RegionSnapshot? current;

    public string Name => name;

    /// <summary>The newest committed state. Loads it on first use (and after a failed apply), under the writers' lock.</summary>
    public RegionSnapshot Current
    {
        get
        {
            if (current is { } snapshot) return snapshot;
            Enter();
            try
            {
                return LoadedLocked();
            }
            finally
            {
                writer.Release();
            }
        }
    }

    /// <summary>
    /// Opens a transaction for a change to candidates or vacancies and holds the writers' lock until the returned write
    /// is disposed. Throws <see cref="RegionBusyException"/> when another write holds it longer than <see cref="WriterWait"/>.
    /// </summary>
    public RegionWrite BeginWrite()
    {
        Enter();
        try
        {
            LoadedLocked();
            var connection = database.Open();
            try
            {
                return new RegionWrite(this, connection, connection.BeginTransaction());
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
        catch
        {
            writer.Release();
            throw;
        }
    }

    /// <summary>Installs the change after its transaction committed (the lock is held); on failure the next read reloads.</summary>
    internal void Apply(Func<RegionSnapshot, RegionSnapshot> change)
    {
        try
        {
            current = change(LoadedLocked());
        }
        catch
        {
            current = null;
            throw;
        }
    }

    internal void Release() => writer.Release();

    private RegionSnapshot LoadedLocked()
    {
        if (current is { } loaded) return loaded;
        var (candidates, vacancies) = repository.LoadAll();
        return current = RegionSnapshot.Of(candidates, vacancies);
    }

    public void Dispose() => writer.Dispose();

    private void Enter()
    {
        if (!writer.Wait(WriterWait)) throw new RegionBusyException();
    }
}
