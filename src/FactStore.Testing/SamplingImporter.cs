using System.Runtime.CompilerServices;

namespace FactStore.Testing;

/// <summary>The importer it wraps, measuring the managed heap after a full collection every so many items, mid-read.</summary>
internal sealed class SamplingImporter(IFactImporter inner, int every, long baseline) : IFactImporter
{
    public string Name => inner.Name;

    public string Version => inner.Version;

    public string? Configuration => inner.Configuration;

    public long Records { get; private set; }

    public int Samples { get; private set; }

    public long PeakGrowth { get; private set; }

    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in inner.ReadAsync(input, cancellationToken).ConfigureAwait(false))
        {
            if (++Records % every == 0)
            {
                Sample();
            }

            yield return item;
        }
    }

    private void Sample()
    {
        // Waits for a full, blocking collection (and finalizers) so that only what is still reachable counts.
        var growth = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        Samples++;
        PeakGrowth = Math.Max(PeakGrowth, growth);
    }
}
