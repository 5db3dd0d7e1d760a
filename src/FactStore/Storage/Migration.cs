using System.Data.Common;

namespace FactStore.Storage;

/// <summary>One step of the schema: applied once, in order, inside the transaction that opens the store.</summary>
internal sealed record Migration(int Version, string Description, string Sql)
{
    /// <summary>
    /// Runs after <see cref="Sql"/> in the same transaction, for data the database cannot compute itself (text folded by
    /// FactStore's own rules); null when the SQL is all.
    /// </summary>
    public Func<DbConnection, DbTransaction, CancellationToken, Task>? Backfill { get; init; }
}
