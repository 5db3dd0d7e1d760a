namespace FactStore.Tests.Support;

/// <summary>An importer that yields the records it was given, whatever its input.</summary>
internal sealed class ListImporter(params StoreRecord[] records) : IFactImporter
{
    public string Name => "list";

    public string Version => "1";

    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            yield return new ImportItem { Record = record };
        }

        await Task.CompletedTask;
    }
}
