namespace FactStore;

/// <summary>The export <c>AddFactStore</c> registers: each call awaits the store's one lazy open, then exports.</summary>
internal sealed class LazyStoreExport(LazyFactStore store) : IFactStoreExport
{
    public async Task ExportJsonLinesAsync(Stream output, CancellationToken cancellationToken = default) =>
        await (await store.GetStoreAsync(cancellationToken).ConfigureAwait(false)).Export.ExportJsonLinesAsync(output, cancellationToken).ConfigureAwait(false);

    public async Task ExportJsonLinesAsync(Stream output, bool includeProvenance, CancellationToken cancellationToken = default) =>
        await (await store.GetStoreAsync(cancellationToken).ConfigureAwait(false)).Export.ExportJsonLinesAsync(output, includeProvenance, cancellationToken).ConfigureAwait(false);

    public async Task ExportWebAnnotationsAsync(Stream output, CancellationToken cancellationToken = default) =>
        await (await store.GetStoreAsync(cancellationToken).ConfigureAwait(false)).Export.ExportWebAnnotationsAsync(output, cancellationToken).ConfigureAwait(false);

    public async Task<bool> WriteWebAnnotationAsync(string stanceId, Stream output, CancellationToken cancellationToken = default) =>
        await (await store.GetStoreAsync(cancellationToken).ConfigureAwait(false)).Export.WriteWebAnnotationAsync(stanceId, output, cancellationToken).ConfigureAwait(false);
}
