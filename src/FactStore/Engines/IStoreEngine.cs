using System.Data.Common;

namespace FactStore.Engines;

/// <summary>
/// A database engine behind a fact store: its connections, schema, search indexes and the way writers take turns. The
/// store runs its own SQL (standard SQL that every engine accepts, every value a parameter) on the connections an
/// engine opens, and asks the engine only for what differs between engines.
/// </summary>
/// <remarks>
/// One engine instance serves one store and is used from many threads at once: implementations are thread-safe. The
/// store owns transactions, validation and hashing; an engine never interprets records. Exceptions the engine's driver
/// throws pass through; <see cref="IsAccessError"/> and <see cref="IsConstraintViolation"/> classify them. FactStore.Sqlite
/// and FactStore.PostgreSql are the built-in implementations; docs/engines.md describes the contract for another.
/// </remarks>
public interface IStoreEngine
{
    /// <summary>Names the database in messages: a file's full path, or host and database without a password.</summary>
    string DisplayName { get; }

    /// <summary>Whether the store was opened for reading only: the engine then writes nothing, not even settings.</summary>
    bool IsReadOnly { get; }

    /// <summary>The schema as ordered migrations, and what the database holds.</summary>
    IStoreSchema Schema { get; }

    /// <summary>Full-text search and the name index.</summary>
    IStoreSearch Search { get; }

    /// <summary>How writers and readers of the same database take turns, across processes and machines.</summary>
    IWriteCoordinator Writers { get; }

    /// <summary>The few SQL fragments that differ between engines.</summary>
    ISqlDialect Dialect { get; }

    /// <summary>Opens a connection to the store; enough for reading. The caller disposes it.</summary>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>An open connection.</returns>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Starts a read-only transaction that sees one committed state for all its statements and blocks no writer.</summary>
    /// <param name="connection">An open connection of this engine.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The transaction; the caller disposes it.</returns>
    Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Readies an open connection for a write transaction (e.g. SQLite's synchronous level); may do nothing.</summary>
    /// <param name="connection">An open connection of this engine.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>A task that completes when the connection is ready.</returns>
    Task PrepareForWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Whether an error is about access (a lock, permissions, the network, the disk) rather than the data.</summary>
    /// <param name="exception">An exception the driver threw.</param>
    /// <returns><see langword="true"/> for an access error.</returns>
    bool IsAccessError(Exception exception);

    /// <summary>Whether an error is the engine's "unique or foreign key constraint failed".</summary>
    /// <param name="exception">An exception the driver threw.</param>
    /// <returns><see langword="true"/> for a constraint violation.</returns>
    bool IsConstraintViolation(Exception exception);

    /// <summary>
    /// Whether an exception is a failure that trying the same transaction again may not meet: a deadlock or a
    /// serialization failure. The store rolls back and tries the write again, a bounded number of times.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns><see langword="true"/> when trying again may succeed.</returns>
    bool IsTransient(Exception exception);

    /// <summary>
    /// After a redaction commits: removes what copies of the erased content the engine can reach (logs, free pages).
    /// Returns false when other connections kept it from finishing; the store then tries again later.
    /// </summary>
    /// <param name="connection">An open connection of this engine, outside a transaction.</param>
    /// <param name="cancellationToken">Cancels the purge.</param>
    /// <returns>Whether the purge finished.</returns>
    Task<bool> PurgeErasedContentAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The size the store takes in bytes (files, or tables and indexes).</summary>
    /// <param name="connection">An open connection of this engine.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The size in bytes.</returns>
    Task<long> GetSizeAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Closes pooled connections, so the database is released; called when the store is disposed.</summary>
    void ReleaseConnections();
}
