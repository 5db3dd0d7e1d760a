using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.Sqlite.Coordination;

/// <summary>
/// A lock file beside the database (<c>facts.db-commit</c>) that closes the window between a run's commit stamp and
/// its commit. A writer holds it exclusively from the moment it reads the clock for the stamp until its commit is
/// done; a reader asking "as known at T" holds it shared while it reads which run was the last committed by T. So a
/// run stamped at or before T is either committed and seen, or stamped after the reader let go, later than T.
/// </summary>
/// <remarks>
/// An advisory lock of the operating system (<c>flock</c> on Unix, share modes on Windows), so it works across
/// processes; the file stays empty. A store on read-only media has no writer, so a reader that cannot create the file
/// goes without it.
/// </remarks>
internal sealed class CommitGate(string databasePath, bool readOnly, TimeSpan timeout)
{
    private readonly string _path = databasePath + "-commit";

    /// <summary>Waits until no reader is reading a horizon and no other writer is committing, then holds the gate.</summary>
    public Task<IDisposable?> EnterCommitAsync(CancellationToken cancellationToken) =>
        EnterAsync(() => new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), cancellationToken);

    /// <summary>Waits until no writer is between its commit stamp and its commit, then keeps writers out until disposed.</summary>
    public Task<IDisposable?> HoldCommitsAsync(CancellationToken cancellationToken)
    {
        if (readOnly && !File.Exists(_path))
        {
            return Task.FromResult<IDisposable?>(null);
        }

        return EnterAsync(() => new FileStream(_path, readOnly ? FileMode.Open : FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite), cancellationToken);
    }

    private async Task<IDisposable?> EnterAsync(Func<FileStream> open, CancellationToken cancellationToken)
    {
        var started = Environment.TickCount64;
        var delay = 1;
        while (true)
        {
            try
            {
                return open();
            }
            catch (UnauthorizedAccessException) when (readOnly)
            {
                return null;
            }
            catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException))
            {
                // Held by another process or connection: the windows it guards are short.
                if (Environment.TickCount64 - started > timeout.TotalMilliseconds)
                {
                    throw new StoreAccessException(
                        $"{_path} stayed locked for {timeout}: another process is committing to the store and did not finish.", databasePath, e);
                }
            }
            catch (FileNotFoundException) when (readOnly)
            {
                return null;
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            delay = Math.Min(delay * 2, 16);
        }
    }
}
