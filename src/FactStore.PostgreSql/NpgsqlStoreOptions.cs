using FactStore.Engines;
using Npgsql;

namespace FactStore.PostgreSql;

/// <summary>The settings of a store on PostgreSQL; set by <see cref="NpgsqlFactStoreOptionsExtensions.UseNpgsql"/>.</summary>
public sealed class NpgsqlStoreOptions : StoreEngineOptions
{
    /// <summary>
    /// The connection: Npgsql's <c>Host=…;Database=…;Username=…</c>, or a URI <c>postgresql://user@host:port/database</c>.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// The schema the store's tables live in, or <see langword="null"/> (the default) for the connection's own (the
    /// first of its search path, usually <c>public</c>). Several stores can share a database, each in a schema.
    /// </summary>
    public string? Schema { get; set; }

    /// <inheritdoc/>
    public override IEnumerable<string> Validate()
    {
        string? problem = null;
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            problem = "ConnectionString is blank: set it to a PostgreSQL connection, e.g. \"Host=localhost;Database=facts;Username=me\" or \"postgresql://me@localhost/facts\".";
        }
        else
        {
            try
            {
                _ = PostgreSqlConnection.Builder(ConnectionString, Schema);
            }
            catch (ArgumentException e)
            {
                problem = $"ConnectionString is not a PostgreSQL connection: {e.Message}";
            }
        }

        if (problem is not null)
        {
            yield return problem;
        }

        if (Schema is not null && string.IsNullOrWhiteSpace(Schema))
        {
            yield return "Schema is blank: give a schema name, or null for the connection's own.";
        }

        foreach (var inherited in base.Validate())
        {
            yield return inherited;
        }
    }

    /// <inheritdoc/>
    public override IStoreEngine CreateEngine() => new PostgreSqlEngine(PostgreSqlConnection.Builder(ConnectionString, Schema), ReadOnly, BusyTimeout);
}
