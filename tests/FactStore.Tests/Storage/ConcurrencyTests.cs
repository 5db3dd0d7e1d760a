using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

public class ConcurrencyTests
{
    [Fact]
    public async Task Imports_FromManyTasksAtOnce_AllLandWhole()
    {
        await using var test = await TestStore.CreateAsync();

        var imports = Seeds.Articles.Select(a => test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(a))).ToList();
        var reads = Enumerable.Range(0, 10).Select(_ => test.Store.GetSourcesAsync()).ToList();
        var results = await Task.WhenAll(imports);
        await Task.WhenAll(reads);

        Assert.Equal(5, results.Sum(r => r.SourcesAdded));
        Assert.Equal(5, (await test.Store.GetSourcesAsync()).Count);
    }

    [Trait("Engine", "Sqlite")]
    [Fact]
    public async Task Import_FromTwoStoresOnOneFile_BothLand()
    {
        await using var test = await TestStore.CreateAsync();
        await using var second = await FactStoreDatabase.OpenAsync(new FactStoreOptions { TimeProvider = test.Clock }.UseSqlite(test.DatabasePath));

        await Task.WhenAll(
            test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("000"))),
            second.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("001"))));

        Assert.Equal(2, (await second.GetSourcesAsync()).Count);
    }

    [Fact]
    public async Task Read_AfterDispose_SaysHowToFixIt()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.DisposeAsync();

        var error = await Assert.ThrowsAsync<ObjectDisposedException>(() => test.Store.GetSourcesAsync());

        Assert.Contains("FactStoreDatabase.Open", error.Message, StringComparison.Ordinal);
    }
}
