using System.Data;
using System.Data.Common;
using FactStore.Engines;
using FactStore.PostgreSql.Coordination;
using FactStore.PostgreSql.Schema;
using FactStore.PostgreSql.Search;
using FactStore.Storage;
using Npgsql;

namespace FactStore.PostgreSql;

/// <summary>
/// PostgreSQL through Npgsql: one schema of one database holds a store; writers on any number of machines take turns by
/// advisory locks; reads are REPEATABLE READ snapshots.
/// </summary>
internal sealed class PostgreSqlEngine : IStoreEngine, IStoreSchema
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string? _configuredSchema;
    private string? _schema;

    public PostgreSqlEngine(NpgsqlConnectionStringBuilder builder, bool readOnly, TimeSpan busyTimeout)
    {
        _configuredSchema = builder.SearchPath is { Length: > 0 } ? FirstSchema(builder.SearchPath) : null;
        if (readOnly)
        {
            // The server refuses every write of a read-only session, whatever the role may do.
            builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        }

        // A refused statement of a batch of inserts is named on the error, so that the writer can name its record.
        builder.IncludeFailedBatchedCommand = true;
        DisplayName = PostgreSqlConnection.DisplayName(builder);
        IsReadOnly = readOnly;
        _dataSource = NpgsqlDataSource.Create(builder);
        Writers = new PostgreSqlWriteCoordinator(DisplayName, busyTimeout);
    }

    public string DisplayName { get; }

    public bool IsReadOnly { get; }

    public IStoreSchema Schema => this;

    public IStoreSearch Search { get; } = new PostgreSqlSearch();

    public IWriteCoordinator Writers { get; }

    public ISqlDialect Dialect => PostgreSqlDialect.Instance;

    public IReadOnlyList<StoreMigration> Migrations => PostgreSqlSchema.Migrations;

    public IReadOnlyList<string> Tables => PostgreSqlSchema.Tables;

    public IReadOnlyList<string> RecordTables { get; } =
    [
        "sources", "source_locators", "entities", "entity_labels", "entity_aliases", "entity_external_ids", "entity_descriptions",
        "facts", "stances", "retractions", "redactions",
    ];

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (_schema is null)
        {
            try
            {
                await using var current = connection.Command("SELECT current_schema()::text");
                _schema = _configuredSchema ?? await current.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string
                    ?? throw new StoreAccessException($"{DisplayName}: the connection has no schema to put a store in (its search path names none that exists); set NpgsqlStoreOptions.Schema.", DisplayName);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        return connection;
    }

    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SET TRANSACTION READ ONLY", transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    public Task PrepareForWriteAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Connection, authentication, resources, operator, lock, permission and read-only errors; transaction conflicts too.</summary>
    public bool IsAccessError(Exception exception) => exception switch
    {
        PostgresException e => e.SqlState[..2] is "08" or "28" or "40" or "53" or "55" or "57" or "58" || e.SqlState is "42501" or "25006" or "3D000",
        NpgsqlException => true,
        _ => false,
    };

    /// <summary>A serialization failure or a deadlock the server broke by ending this session's transaction.</summary>
    public bool IsTransient(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    /// <inheritdoc/>
    public bool IsConstraintViolation(Exception exception) => exception is PostgresException { SqlState: var state } && state.StartsWith("23", StringComparison.Ordinal);

    /// <summary>
    /// Marks the erased rows' old versions as free space now rather than at the next autovacuum; it does not zero them,
    /// and copies in the WAL, its archive, replicas and backups are beyond a store's reach (docs/postgresql.md).
    /// </summary>
    public async Task<bool> PurgeErasedContentAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("VACUUM sources, stances, sources_search, stances_search");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<long> GetSizeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("""
            SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = @schema AND c.relkind = 'r'
            """).With("@schema", _schema);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void ReleaseConnections() => _dataSource.Clear();

    public Task<IReadOnlySet<string>> ReadTableNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ReadNamesAsync(connection, """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = @schema AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            """, cancellationToken);

    /// <summary>A disabled trigger does not count: it still has its name but no longer guards anything.</summary>
    public Task<IReadOnlySet<string>> ReadTriggerNamesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ReadNamesAsync(connection, """
            SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = @schema AND NOT t.tgisinternal AND t.tgenabled <> 'D'
            """, cancellationToken);

    /// <summary>Creates the store's own schema when one is configured; the extensions come with the first migration.</summary>
    public async Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (_configuredSchema is not null)
        {
            var exists = await ScalarTextAsync(connection, "SELECT nspname::text FROM pg_namespace WHERE nspname = @schema", cancellationToken).ConfigureAwait(false);
            if (exists is null)
            {
                // A schema name cannot be a parameter: it is quoted as an identifier.
                await using var create = connection.Command($"CREATE SCHEMA IF NOT EXISTS \"{_configuredSchema.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task BeginMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Foreign keys are checked at commit (deferred) or at once: nothing is left to check here.</summary>
    public Task VerifyMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task EndMigrationsAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<IReadOnlySet<string>> ReadNamesAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql).With("@schema", _schema);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task<string?> ScalarTextAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql).With("@schema", _configuredSchema);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>The first schema of a search path as given in a connection string (quoted or not).</summary>
    private static string FirstSchema(string searchPath)
    {
        var first = searchPath.Split(',')[0].Trim();
        return first.Length >= 2 && first[0] == '"' && first[^1] == '"' ? first[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : first;
    }
}
