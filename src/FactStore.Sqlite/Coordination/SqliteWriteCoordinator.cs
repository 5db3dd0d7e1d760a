using System.Data.Common;
using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.Sqlite.Coordination;

/// <summary>
/// Writers take turns through <see cref="WriterQueue"/>, direct writes before imports still waiting; commits and horizon
/// reads through <see cref="CommitGate"/>.
/// </summary>
internal sealed class SqliteWriteCoordinator(string databasePath, bool readOnly, TimeSpan busyTimeout) : IWriteCoordinator
{
    private readonly CommitGate _commitGate = new(databasePath, readOnly, busyTimeout);
    private readonly WriterQueue _writerQueue = new(databasePath, busyTimeout);

    public async Task<IAsyncDisposable> EnterWriteTurnAsync(DbConnection connection, WriteKind kind, CancellationToken cancellationToken) =>
        new Releaser(await _writerQueue.EnterAsync(kind, cancellationToken).ConfigureAwait(false));

    public async Task<IAsyncDisposable?> EnterCommitAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Releaser.Of(await _commitGate.EnterCommitAsync(cancellationToken).ConfigureAwait(false));

    public async Task<IAsyncDisposable?> HoldCommitsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Releaser.Of(await _commitGate.HoldCommitsAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>A file lock released by closing its file: nothing to await.</summary>
    private sealed class Releaser(IDisposable held) : IAsyncDisposable
    {
        public static Releaser? Of(IDisposable? held) => held is null ? null : new Releaser(held);

        public ValueTask DisposeAsync()
        {
            held.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
