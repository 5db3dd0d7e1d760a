using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// One committed state for all the statements of a read (a page's evidence, an entity with its facts, an export): a
/// read-only transaction begun with the engine's own statement, so the commands of the read need no transaction object.
/// </summary>
internal sealed class ReadSnapshot : IAsyncDisposable
{
    private readonly DbConnection _connection;

    private ReadSnapshot(DbConnection connection) => _connection = connection;

    public static async Task<ReadSnapshot> BeginAsync(DbConnection connection, IStoreEngine engine, CancellationToken cancellationToken)
    {
        await using (var begin = connection.Command(engine.Dialect.BeginSnapshot))
        {
            await begin.ScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        return new ReadSnapshot(connection);
    }

    /// <summary>Ends the snapshot even when the read was cancelled or failed, so no pooled connection keeps it open.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var end = _connection.Command(Sql.EndSnapshot);
            await end.ScalarAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (StoreAccessException)
        {
            // The connection is broken; closing it ends the transaction.
        }
    }
}
