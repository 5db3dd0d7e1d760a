using FactStore.PostgreSql;

namespace FactStore;

/// <summary>Puts a store on PostgreSQL, as EF Core's <c>UseNpgsql</c> does for a context.</summary>
public static class NpgsqlFactStoreOptionsExtensions
{
    /// <summary>Puts the store on a PostgreSQL database, creating its tables on first use.</summary>
    /// <param name="options">The store's options.</param>
    /// <param name="connectionString">
    /// Npgsql's <c>Host=…;Database=…;Username=…</c>, or a URI <c>postgresql://user@host:port/database</c>.
    /// </param>
    /// <param name="configure">Changes further settings, e.g. <see cref="NpgsqlStoreOptions.Schema"/>.</param>
    /// <returns>The same options, for chaining.</returns>
    public static FactStoreOptions UseNpgsql(this FactStoreOptions options, string connectionString, Action<NpgsqlStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var postgres = new NpgsqlStoreOptions { ConnectionString = connectionString };
        configure?.Invoke(postgres);
        options.Engine = postgres;
        return options;
    }
}
