using System.Data.Common;
using FactStore.Engines;
using FactStore.Sqlite.Coordination;
using FactStore.Sqlite.Schema;
using FactStore.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace FactStore.Sqlite;

/// <summary>SQLite through Microsoft.Data.Sqlite: one file, WAL journal, foreign keys on, pooled connections.</summary>
internal sealed class SqliteEngine : IStoreEngine, IStoreSchema
{
    private const int SqliteConstraint = 19;
    private const int SqliteDbConfigDefensive = 1010;
    private const int WriteCacheKibibytes = 16 * 1024;

    private readonly string _connectionString;

    public SqliteEngine(string databasePath, bool readOnly = false, TimeSpan? busyTimeout = null)
    {
        var full = Path.GetFullPath(databasePath);
        PrepareFile(full, readOnly);
        DisplayName = full;
        IsReadOnly = readOnly;
        Writers = new SqliteWriteCoordinator(full, readOnly, busyTimeout ?? TimeSpan.FromSeconds(30));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = !readOnly,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling((busyTimeout ?? TimeSpan.FromSeconds(30)).TotalSeconds),
        }.ToString();
    }

    public bool IsReadOnly { get; }

    public string DisplayName { get; }

    public IReadOnlyList<StoreMigration> Migrations => SqliteSchema.Migrations;

    public IStoreSchema Schema => this;

    public IStoreSearch Search { get; } = new SqliteSearch();

    public IWriteCoordinator Writers { get; }

    public ISqlDialect Dialect => SqliteDialect.Instance;

    /// <summary>
    /// Checks the path before SQLite sees it, so each cause has its own error: a folder is no database, a read-only store
    /// must exist, and a missing folder is created (for a writable store) or reported.
    /// </summary>
    private static void PrepareFile(string path, bool readOnly)
    {
        if (Directory.Exists(path))
        {
            throw new StoreAccessException($"{path} is a folder, not a database file: give the path of a file in it, e.g. {Path.Combine(path, "facts.db")}.", path);
        }

        if (readOnly)
        {
            if (!File.Exists(path))
            {
                throw new StoreAccessException($"{path}: no such database; a store opened read-only must exist.", path);
            }

            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreAccessException($"{path}: its folder cannot be created: {e.Message}", path, e);
        }
    }

    /// <summary>
    /// Opens a connection as to a file from anywhere: defensive mode (no writes to the schema tables, no corrupting
    /// pragmas) and an untrusted schema (triggers and views cannot call functions with side effects). Extension
    /// loading stays off, as Microsoft.Data.Sqlite leaves it.
    /// </summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            SQLitePCL.raw.sqlite3_db_config(connection.Handle, SqliteDbConfigDefensive, 1, out _);
            await PragmaAsync(connection, "PRAGMA trusted_schema = OFF", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// With WAL, NORMAL is durable against an application crash and syncs only at checkpoints. Secure delete zeroes
    /// what a redaction overwrites instead of leaving it in free pages; nothing else is ever deleted, so it costs nothing.
    /// An import is one transaction whose inserts land on random pages of the id indexes; with SQLite's default 2 MiB
    /// page cache those pages are spilled to the WAL and read back over and over. 16 MiB halves the time of a 389 MB
    /// Wikidata import for 13 MB more peak memory (docs/benchmarks.md); the cache stays bounded whatever the input.
    /// </summary>
    public async Task PrepareForWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON; PRAGMA cache_size = -{WriteCacheKibibytes};";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies the WAL into the database and truncates it, so the erased text's old pages leave the log. Readers in the
    /// middle of a transaction hold the log; this waits up to five seconds for them, then reports whether it finished.
    /// </summary>
    public async Task<bool> PurgeErasedContentAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.GetInt64(0) == 0;
    }

    /// <summary>Switches the file to the WAL journal once; asking again would take the write lock on every open.</summary>
    public async Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA journal_mode";
        if (!string.Equals(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string, "wal", StringComparison.OrdinalIgnoreCase))
        {
            await PragmaAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<IReadOnlySet<string>> ReadTableNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ReadSchemaNamesAsync(connection, "table", cancellationToken);

    public Task<IReadOnlySet<string>> ReadTriggerNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ReadSchemaNamesAsync(connection, "trigger", cancellationToken);

    public IReadOnlyList<string> RecordTables => SqliteSchema.RecordTables;

    /// <summary>A deferred transaction: Microsoft.Data.Sqlite's default, BEGIN IMMEDIATE, would take the write lock.</summary>
    public Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public Task<long> GetSizeAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult(((string[])["", "-wal"]).Sum(suffix => new FileInfo(DisplayName + suffix) is { Exists: true } file ? file.Length : 0));

    private static async Task<IReadOnlySet<string>> ReadSchemaNamesAsync(DbConnection connection, string type, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = $type";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$type";
        parameter.Value = type;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public IReadOnlyList<string> Tables => SqliteSchema.Tables;

    /// <summary>
    /// Busy, locked, read-only, cannot open, permission, I/O, full and authorization errors are about access; the file
    /// itself is fine. Everything else (not a database, corrupt, schema errors) is about what the file holds.
    /// </summary>
    public bool IsAccessError(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 3 or 5 or 6 or 8 or 10 or 13 or 14 or 23 };

    public Task BeginMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        PragmaAsync(connection, "PRAGMA foreign_keys = OFF", cancellationToken);

    public async Task VerifyMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA foreign_key_check";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new StoreSchemaException(
                $"{DisplayName} cannot be upgraded: a row of {reader.GetString(0)} refers to a missing row of {reader.GetString(2)}. Nothing was changed.");
        }
    }

    public Task EndMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        PragmaAsync(connection, "PRAGMA foreign_keys = ON", cancellationToken);

    public void ReleaseConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static async Task PragmaAsync(DbConnection connection, string pragma, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public bool IsConstraintViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint };

    /// <summary>Never: one writer at a time holds the file, and a busy file is waited for (the busy timeout), not retried.</summary>
    public bool IsTransient(Exception exception) => false;
}
