using System.Runtime.CompilerServices;
using FactStore.Importers;

namespace FactStore.Tests;

public class FactStoreDatabaseTests
{
    [Fact]
    public async Task OpenAsync_WithImporters_AddsThemToTheBuiltIns()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = ":memory:" }, [new NamedImporter("mine")], []);

        Assert.Equal(["annotations-jsonl", "claimreview", "jsonl", "mine", "plain-text-article", "web-annotation", "wikidata"], store.ImporterNames.Order(StringComparer.Ordinal));
        Assert.Equal(["about", "contested"], store.QueryProviderNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenAsync_InstanceOfABuiltInType_StandsInForIt()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = ":memory:" }, [new PlainTextArticleImporter()], []);

        Assert.Equal(6, store.ImporterNames.Count);
    }

    [Fact]
    public async Task OpenAsync_NameOfABuiltIn_RefusedNamingBoth()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = ":memory:" }, [new NamedImporter("Wikidata")], []));

        Assert.Contains("Two importers are named 'Wikidata'", e.Message, StringComparison.Ordinal);
        Assert.Contains("WikidataImporter (built in)", e.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(NamedImporter), e.Message, StringComparison.Ordinal);
    }

    private sealed class NamedImporter(string name) : IFactImporter
    {
        public string Name => name;

        public string Version => "1";

        public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            yield break;
        }
    }
}
