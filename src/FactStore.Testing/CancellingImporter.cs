using System.Runtime.CompilerServices;

namespace FactStore.Testing;

/// <summary>The importer it wraps, cancelling a token once it has yielded a number of items (0: before the read).</summary>
internal sealed class CancellingImporter(IFactImporter inner, CancellationTokenSource cancel, int cancelAfter) : IFactImporter
{
    public string Name => inner.Name;

    public string Version => inner.Version;

    public string? Configuration => inner.Configuration;

    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var yielded = 0;
        if (cancelAfter == 0)
        {
            await cancel.CancelAsync().ConfigureAwait(false);
        }

        await foreach (var item in inner.ReadAsync(input, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
            if (++yielded == cancelAfter)
            {
                await cancel.CancelAsync().ConfigureAwait(false);
            }
        }
    }
}
