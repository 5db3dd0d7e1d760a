using System.Data.Common;

namespace FactStore.Storage;

/// <summary>Opens connections to a store's engine for the store and its services, refusing once the store is disposed.</summary>
internal sealed class StoreConnector(IStoreEngine engine, Func<bool> disposed)
{
    public IStoreEngine Engine => engine;

    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="StoreAccessException">The database cannot be reached.</exception>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (disposed())
        {
            throw new ObjectDisposedException(nameof(FactStoreDatabase), $"This store on {engine.DisplayName} was disposed; open it again with FactStoreDatabase.OpenAsync.");
        }

        try
        {
            return await engine.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw new StoreAccessException($"{engine.DisplayName} cannot be opened: {e.Message}", engine.DisplayName, e);
        }
    }
}
