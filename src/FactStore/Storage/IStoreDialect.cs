using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// The one seam between FactStore and a database engine: connections, per-connection setup and the schema.
/// Everything else (<see cref="Sql"/>) is written in the SQL that SQLite and PostgreSQL share: named <c>@</c>
/// parameters, <c>ON CONFLICT DO NOTHING</c>, <c>LIMIT</c>.
/// </summary>
internal interface IStoreDialect
{
    /// <summary>A description for error messages, e.g. the database file.</summary>
    string DisplayName { get; }

    /// <summary>Whether connections are opened for reading only.</summary>
    bool IsReadOnly { get; }

    /// <summary>The tables a store at the latest schema version has, e.g. to tell a damaged store from a whole one.</summary>
    IReadOnlyList<string> Tables { get; }

    /// <summary>The names of the tables the database holds, read without taking a write lock.</summary>
    Task<IReadOnlySet<string>> ReadTableNamesAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The tables of records (not runs, not indexes), each row of which carries a row hash.</summary>
    IReadOnlyList<string> RecordTables { get; }

    /// <summary>The names of the triggers the database holds.</summary>
    Task<IReadOnlySet<string>> ReadTriggerNamesAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The size of the store's files in bytes.</summary>
    long SizeInBytes { get; }

    /// <summary>Starts a read-only transaction: one snapshot for several statements, taking no write lock.</summary>
    DbTransaction BeginSnapshot(DbConnection connection);

    /// <summary>Whether an engine error is about access (a lock, permissions, the disk) rather than the file's content.</summary>
    bool IsAccessError(Exception exception);

    /// <summary>Opens a connection; enough for reading.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Readies an open connection for a write transaction (e.g. SQLite's synchronous level).</summary>
    Task PrepareForWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Once per store, before the migrations: engine-wide settings such as SQLite's WAL journal.</summary>
    Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Readies a connection for migrations that rebuild tables, before their transaction starts (SQLite: foreign keys
    /// off, since a rebuilt table is dropped and renamed while others still refer to it).
    /// </summary>
    Task BeginMigrationsAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Inside the migration transaction, before it commits: throws when the migrated data breaks a reference.</summary>
    Task VerifyMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>After the migration transaction, committed or not: undoes <see cref="BeginMigrationsAsync"/>.</summary>
    Task EndMigrationsAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Full-text search and name lookup, on the engine's own indexes.</summary>
    IStoreSearch Search { get; }

    /// <summary>The schema, as ordered migrations.</summary>
    IReadOnlyList<Migration> Migrations { get; }

    /// <summary>
    /// After a redaction commits: makes sure no copy of the erased content is left in the files (logs, free pages).
    /// Returns false when other connections kept it from finishing; it is then tried again later.
    /// </summary>
    Task<bool> PurgeErasedContentAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Closes pooled connections, so the store's files are released.</summary>
    void ReleaseConnections();

    /// <summary>
    /// A subquery of the strings in a parameter that holds them as a JSON array (see <see cref="IdSet"/>), so that a read
    /// of any number of records is one statement with one parameter. SQLite: <c>json_each</c>.
    /// </summary>
    /// <param name="parameter">The parameter's name, e.g. <c>@ids</c>.</param>
    string StringSet(string parameter);

    /// <summary>The length of a text column in UTF-16 code units (<see cref="string.Length"/>), 0 when it is null.</summary>
    /// <param name="column">The column, e.g. <c>s.text</c>.</param>
    string Utf16Length(string column);

    /// <summary>
    /// Held by a writer from just before it reads the clock for a run's commit stamp until its commit is done, so that
    /// no reader finds which run was the last committed by a moment while a run stamped before it is still committing.
    /// </summary>
    Task<IDisposable?> EnterCommitAsync(CancellationToken cancellationToken);

    /// <summary>Held by a reader while it reads the last run committed by a moment: waits for a commit in progress, keeps new ones out.</summary>
    Task<IDisposable?> HoldCommitsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits for this writer's turn, in the order writers asked, across processes, and holds it until disposed: a small
    /// write behind busy importers waits for those ahead of it, not for whichever polls first.
    /// </summary>
    Task<IDisposable> WaitForWriteTurnAsync(CancellationToken cancellationToken);

    /// <summary>Whether an exception is the engine's "unique or foreign key constraint failed".</summary>
    bool IsConstraintViolation(Exception exception);
}
