namespace FactStore;

/// <summary>
/// The store <see cref="FactStoreServiceCollectionExtensions.AddFactStore"/> registers: resolving it opens nothing;
/// the first operation starts opening the database (asynchronously, once) and every operation awaits that open.
/// </summary>
/// <remarks>
/// No thread ever blocks on the open. An open that failed (a locked or foreign file) is not kept: the next operation
/// tries again, so a transient error does not poison the container. The open itself is not cancelled by one caller's
/// token, since other callers share it; each caller stops waiting when its own token is cancelled.
/// </remarks>
internal sealed class LazyFactStore : StoreReader, IFactStore, IAsyncDisposable, IDisposable
{
    private readonly Func<Task<FactStoreDatabase>> _open;
    private readonly Lock _gate = new();
    private Task<FactStoreDatabase>? _store;
    private bool _disposed;

    public LazyFactStore(Func<Task<FactStoreDatabase>> open)
        : base(knownAt: null) => _open = open;

    /// <summary>The open store, opening it on the first call.</summary>
    public override Task<FactStoreDatabase> GetStoreAsync(CancellationToken cancellationToken = default)
    {
        Task<FactStoreDatabase> store;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_store is null || _store.IsFaulted || _store.IsCanceled)
            {
                // Task.Run: the caller's synchronization context and the open's synchronous prefix stay apart.
                _store = Task.Run(_open, CancellationToken.None);
            }

            store = _store;
        }

        return store.WaitAsync(cancellationToken);
    }

    public async Task<ImportResult> ImportAsync(IFactImporter importer, ImportInput input, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ImportAsync(importer, input, cancellationToken).ConfigureAwait(false);

    public async Task<ImportResult> ImportAsync(string importerName, ImportInput input, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ImportAsync(importerName, input, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<ImportResult> ImportAsync(IFactImporter importer, ImportInput input, ImportOptions options, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ImportAsync(importer, input, options, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<ImportResult> ImportAsync(string importerName, ImportInput input, ImportOptions options, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).ImportAsync(importerName, input, options, cancellationToken).ConfigureAwait(false);

    public async Task<ImportResult> WriteAsync(IEnumerable<StoreRecord> records, CancellationToken cancellationToken = default) =>
        await (await GetStoreAsync(cancellationToken).ConfigureAwait(false)).WriteAsync(records, cancellationToken).ConfigureAwait(false);

    /// <summary>Disposes the store if it was opened; an open still running is disposed when it completes.</summary>
    public async ValueTask DisposeAsync()
    {
        var store = MarkDisposed();
        if (store is not null)
        {
            try
            {
                await (await store.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is FactStoreException or ArgumentException or IOException or OperationCanceledException)
            {
                // The open failed: there is nothing to release.
            }
        }
    }

    /// <summary>Disposes without blocking: a store already open is released now, one still opening when it completes.</summary>
    public void Dispose()
    {
        var store = MarkDisposed();
        if (store is null)
        {
            return;
        }

        if (store.IsCompletedSuccessfully)
        {
            store.Result.Dispose();
        }
        else
        {
            _ = store.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }
    }

    private Task<FactStoreDatabase>? MarkDisposed()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return null;
            }

            _disposed = true;
            return _store;
        }
    }
}
