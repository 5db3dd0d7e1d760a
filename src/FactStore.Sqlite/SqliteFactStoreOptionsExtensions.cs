using FactStore.Sqlite;

namespace FactStore;

/// <summary>Puts a store on SQLite, as EF Core's <c>UseSqlite</c> does for a context.</summary>
public static class SqliteFactStoreOptionsExtensions
{
    /// <summary>Puts the store on one SQLite file, created with its folder when missing.</summary>
    /// <param name="options">The store's options.</param>
    /// <param name="databasePath">The database file, e.g. <c>facts.db</c>.</param>
    /// <param name="configure">Changes further SQLite settings, e.g. <see cref="Engines.StoreEngineOptions.ReadOnly"/>.</param>
    /// <returns>The same options, for chaining.</returns>
    public static FactStoreOptions UseSqlite(this FactStoreOptions options, string databasePath, Action<SqliteStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sqlite = new SqliteStoreOptions { DatabasePath = databasePath };
        configure?.Invoke(sqlite);
        options.Engine = sqlite;
        return options;
    }
}
