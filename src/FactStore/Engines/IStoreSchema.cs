using System.Data.Common;

namespace FactStore.Engines;

/// <summary>An engine's schema: the migrations that build it, and what a store at the latest version holds.</summary>
/// <remarks>
/// The store runs the migrations in order, each once, in one transaction during its writer's turn, and records them in
/// <c>schema_migrations</c>. Implementations are thread-safe and stateless.
/// </remarks>
public interface IStoreSchema
{
    /// <summary>The schema as ordered migrations, numbered from 1 without gaps.</summary>
    IReadOnlyList<StoreMigration> Migrations { get; }

    /// <summary>The tables a store at the latest version has, search tables included.</summary>
    IReadOnlyList<string> Tables { get; }

    /// <summary>The tables of records (not runs, not indexes); each row of them carries a row hash.</summary>
    IReadOnlyList<string> RecordTables { get; }

    /// <summary>The names of the tables the database (or the store's schema in it) holds, read without taking a write lock.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table names.</returns>
    Task<IReadOnlySet<string>> ReadTableNamesAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The names of the triggers the store's tables have.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The trigger names.</returns>
    Task<IReadOnlySet<string>> ReadTriggerNamesAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Once per open of a writable store, before any migration: engine-wide settings such as SQLite's WAL journal.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the settings.</param>
    /// <returns>A task that completes when the settings are made.</returns>
    Task InitializeAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Readies a connection for migrations, before their transaction starts (SQLite: foreign keys off).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>A task that completes when the connection is ready.</returns>
    Task BeginMigrationsAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Inside the migration transaction, before it commits: throws when the migrated data breaks a reference.</summary>
    /// <param name="connection">The migrating connection.</param>
    /// <param name="transaction">The migration transaction.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the data was found whole.</returns>
    /// <exception cref="StoreSchemaException">A migrated row refers to a missing row.</exception>
    Task VerifyMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>After the migration transaction, committed or not: undoes <see cref="BeginMigrationsAsync"/>.</summary>
    /// <param name="connection">The migrating connection.</param>
    /// <param name="cancellationToken">Cancels the undo.</param>
    /// <returns>A task that completes when the connection is back to normal.</returns>
    Task EndMigrationsAsync(DbConnection connection, CancellationToken cancellationToken);
}
