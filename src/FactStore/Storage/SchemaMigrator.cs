using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// Checks what a database file holds before anything is written to it, then brings it to the latest schema in one
/// transaction, so a failed or interrupted migration leaves the old schema whole. A store already at the latest version
/// is only read: opening it takes no write lock.
/// </summary>
internal static class SchemaMigrator
{
    private const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)
        """;

    private const string CurrentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";

    /// <summary>Opens the store the connection is on: refuses what is not a FactStore database, migrates only when needed.</summary>
    /// <exception cref="StoreSchemaException">The file is another application's database, damaged, newer, or (read-only) older.</exception>
    public static async Task OpenAsync(IStoreEngine dialect, DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tables = await dialect.Schema.ReadTableNamesAsync(connection, cancellationToken).ConfigureAwait(false);
        var latest = dialect.Schema.Migrations[^1].Version;
        var current = tables.Contains("schema_migrations") && await IsFactStoreAsync(dialect, connection, cancellationToken).ConfigureAwait(false)
            ? await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false)
            : 0;
        if (current == 0 && tables.Count > 0)
        {
            throw new StoreSchemaException(
                $"{dialect.DisplayName} is not a FactStore database: it holds another application's tables ({string.Join(", ", tables.Order(StringComparer.Ordinal).Take(5))}{(tables.Count > 5 ? ", …" : "")}). FactStore left it untouched; give another path.");
        }

        if (current > latest)
        {
            throw Newer(dialect, current, latest);
        }

        if (current < latest)
        {
            if (dialect.IsReadOnly)
            {
                throw new StoreSchemaException(current == 0
                    ? $"{dialect.DisplayName} is empty, not a FactStore database, and a store opened read-only cannot create one."
                    : $"{dialect.DisplayName} has schema version {current} and this FactStore reads version {latest}: open it once without ReadOnly to upgrade it.");
            }

            await dialect.Schema.InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
            await MigrateAsync(dialect, connection, now, cancellationToken).ConfigureAwait(false);
            tables = await dialect.Schema.ReadTableNamesAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        else if (!dialect.IsReadOnly)
        {
            await dialect.Schema.InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        var missing = dialect.Schema.Tables.Where(t => !tables.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new StoreSchemaException(
                $"{dialect.DisplayName} is a damaged FactStore database: it is at schema version {latest} but has no table {string.Join(", ", missing)}. Restore it from a backup or an export.");
        }
    }

    /// <summary>
    /// Whether the version table is FactStore's: other tools name theirs <c>schema_migrations</c> too. FactStore's first
    /// migration is recorded with its description; an empty table is a store whose creation never committed.
    /// </summary>
    private static async Task<bool> IsFactStoreAsync(IStoreEngine dialect, DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var read = connection.Command("SELECT version, description FROM schema_migrations ORDER BY version LIMIT 1");
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return !await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                || (reader.GetValue(0) is long or int && reader.GetInt64(0) == dialect.Schema.Migrations[0].Version
                    && reader.GetValue(1) as string == dialect.Schema.Migrations[0].Description);
        }
        catch (DbException)
        {
            return false;
        }
    }

    private static async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var read = connection.Command(CurrentVersion, transaction);
        return Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static StoreSchemaException Newer(IStoreEngine dialect, int current, int latest) => new(
        $"{dialect.DisplayName} has schema version {current}, but this FactStore supports up to {latest}. Open it with a newer FactStore.");

    /// <summary>Migrates in its turn among writers (<see cref="IWriteCoordinator.EnterWriteTurnAsync"/>), as a write does.</summary>
    private static async Task MigrateAsync(IStoreEngine dialect, DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var turn = await dialect.Writers.EnterWriteTurnAsync(connection, WriteKind.Direct, cancellationToken).ConfigureAwait(false);
        await dialect.Schema.BeginMigrationsAsync(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            await MigrateInTransactionAsync(dialect, connection, now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await dialect.Schema.EndMigrationsAsync(connection, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task MigrateInTransactionAsync(IStoreEngine dialect, DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var create = connection.Command(VersionTable, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Read again under the write lock: another process may have migrated since the first read.
        var current = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var latest = dialect.Schema.Migrations[^1].Version;
        if (current > latest)
        {
            throw Newer(dialect, current, latest);
        }

        if (current == latest)
        {
            return;
        }

        foreach (var migration in dialect.Schema.Migrations.Where(m => m.Version > current))
        {
            await using (var apply = connection.Command(migration.Sql, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (migration.Backfill is { } backfill)
            {
                await backfill(connection, transaction, cancellationToken).ConfigureAwait(false);
            }

            await using var record = connection.Command("INSERT INTO schema_migrations (version, description, applied_at) VALUES (@v, @d, @t)", transaction)
                .With("@v", migration.Version).With("@d", migration.Description).With("@t", StoreTime.Write(now));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await dialect.Schema.VerifyMigrationsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
