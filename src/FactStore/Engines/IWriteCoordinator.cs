using System.Data.Common;

namespace FactStore.Engines;

/// <summary>
/// How writers of one database take turns, across processes and machines, and how a reader asking "as known at T" is
/// kept from a commit in progress.
/// </summary>
/// <remarks>
/// A run is stamped when its transaction starts and counted as known from its commit stamp, so an answer as known at a
/// past moment never changes (docs/reliability.md). That holds when runs commit in the order they were stamped, which a
/// writer's turn guarantees, and when no reader reads the last committed run while a writer is between its commit stamp
/// and its commit, which <see cref="EnterCommitAsync"/> and <see cref="HoldCommitsAsync"/> guarantee. A crashed writer
/// must never block the others: use locks that the operating system or the server releases with their holder.
/// Implementations are thread-safe.
/// </remarks>
public interface IWriteCoordinator
{
    /// <summary>Waits for this writer's turn and holds it until disposed; called before the write transaction starts.</summary>
    /// <remarks>
    /// An engine may let a <see cref="WriteKind.Direct"/> write go before imports that are still waiting, so that a small
    /// write beside busy importers waits for one run at most; the order among writers of one kind stays first come,
    /// first served.
    /// </remarks>
    /// <param name="connection">The connection the writer will write on.</param>
    /// <param name="kind">What the writer will write.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The turn; dispose it after the transaction ends.</returns>
    /// <exception cref="StoreAccessException">The turn did not come within the engine's busy timeout.</exception>
    Task<IAsyncDisposable> EnterWriteTurnAsync(DbConnection connection, WriteKind kind, CancellationToken cancellationToken);

    /// <summary>
    /// Held by a writer from just before it reads the clock for its commit stamp until its commit is done (disposed after
    /// the commit); <see langword="null"/> when the write turn already covers it.
    /// </summary>
    /// <param name="connection">The writing connection.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>What to dispose after the commit, or <see langword="null"/>.</returns>
    Task<IAsyncDisposable?> EnterCommitAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>
    /// Held by a reader while it reads the last run committed by a moment: waits for a commit in progress and keeps new
    /// ones out until disposed; <see langword="null"/> when nothing needs holding (e.g. a store on read-only media).
    /// </summary>
    /// <param name="connection">The reading connection.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>What to dispose after the read, or <see langword="null"/>.</returns>
    Task<IAsyncDisposable?> HoldCommitsAsync(DbConnection connection, CancellationToken cancellationToken);
}
