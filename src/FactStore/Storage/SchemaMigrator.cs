using System.Data.Common;

namespace FactStore.Storage;

/// <summary>Brings a database to the latest schema in one transaction, so a failed or interrupted migration leaves the old schema whole.</summary>
internal static class SchemaMigrator
{
    private const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)
        """;

    private const string CurrentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";

    public static async Task MigrateAsync(IStoreDialect dialect, DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await dialect.BeginMigrationsAsync(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            await MigrateInTransactionAsync(dialect, connection, now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await dialect.EndMigrationsAsync(connection, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task MigrateInTransactionAsync(IStoreDialect dialect, DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var create = connection.Command(VersionTable, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int current;
        await using (var read = connection.Command(CurrentVersion, transaction))
        {
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        var latest = dialect.Migrations[^1].Version;
        if (current > latest)
        {
            throw new StoreSchemaException(
                $"{dialect.DisplayName} has schema version {current}, but this FactStore supports up to {latest}. Open it with a newer FactStore.");
        }

        if (current == latest)
        {
            return;
        }

        foreach (var migration in dialect.Migrations.Where(m => m.Version > current))
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

        await dialect.VerifyMigrationsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
