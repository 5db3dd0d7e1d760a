using System.Data.Common;

namespace FactStore.Engines;

/// <summary>One step of an engine's schema: applied once, in order, inside the transaction that opens the store.</summary>
public sealed record StoreMigration
{
    /// <summary>Creates a migration.</summary>
    /// <param name="version">Its number: the first is 1, each next one more.</param>
    /// <param name="description">What it adds; the first migration's description also tells a FactStore database from another.</param>
    /// <param name="sql">The statements, run as one command.</param>
    public StoreMigration(int version, string description, string sql)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(sql);
        Version = version;
        Description = description;
        Sql = sql;
    }

    /// <summary>Its number: the first is 1, each next one more.</summary>
    public int Version { get; }

    /// <summary>What it adds.</summary>
    public string Description { get; }

    /// <summary>The statements, run as one command.</summary>
    public string Sql { get; }

    /// <summary>
    /// Runs after <see cref="Sql"/> in the same transaction, for data the database cannot compute itself (text folded by
    /// FactStore's own rules); null when the SQL is all.
    /// </summary>
    public Func<DbConnection, DbTransaction, CancellationToken, Task>? Backfill { get; init; }
}
