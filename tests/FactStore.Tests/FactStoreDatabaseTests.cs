using System.Runtime.CompilerServices;
using FactStore.Importers;

namespace FactStore.Tests;

public class FactStoreDatabaseTests
{
    [Fact]
    public async Task OpenAsync_WithImporters_AddsThemToTheBuiltIns()
    {
        await using var store = await FactStoreDatabase.OpenAsync(Options(), [new NamedImporter("mine")], []);

        Assert.Equal(["annotations-jsonl", "claimreview", "html-article", "jsonl", "markdown-article", "mine", "plain-text-article", "web-annotation", "wikidata"], store.ImporterNames.Order(StringComparer.Ordinal));
        Assert.Equal(["about", "contested"], store.QueryProviderNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenAsync_InstanceOfABuiltInType_StandsInForIt()
    {
        await using var store = await FactStoreDatabase.OpenAsync(Options(), [new PlainTextArticleImporter()], []);

        Assert.Equal(8, store.ImporterNames.Count);
    }

    [Fact]
    public async Task OpenAsync_NameOfABuiltIn_RefusedNamingBoth()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            FactStoreDatabase.OpenAsync(Options(), [new NamedImporter("Wikidata")], []));

        Assert.Contains("Two importers are named 'Wikidata'", e.Message, StringComparison.Ordinal);
        Assert.Contains("WikidataImporter (built in)", e.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(NamedImporter), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_InMemoryPath_IsRefusedSayingWhy()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(":memory:")));

        Assert.Contains("':memory:' is not supported", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.GetFullPath(":memory:")));
    }

    /// <summary>A fresh database file in a folder of its own, left for the temp folder's cleanup.</summary>
    private static FactStoreOptions Options() =>
        new FactStoreOptions().UseSqlite(Path.Combine(Directory.CreateTempSubdirectory("factstore-open-").FullName, "facts.db"));

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
