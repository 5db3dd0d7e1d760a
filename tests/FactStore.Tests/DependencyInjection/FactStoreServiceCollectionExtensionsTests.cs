using Microsoft.Extensions.DependencyInjection;

namespace FactStore.Tests.DependencyInjection;

public class FactStoreServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddFactStore_RegistersOneStoreWithBuiltInsAndAddedPlugins()
    {
        var path = Path.Combine(Path.GetTempPath(), $"di-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddFactStore(o => o.UseSqlite(path))
            .AddQueryProvider<EchoQueryProvider>()
            .AddQueryProvider<EchoQueryProvider>();
        services.AddFactStore();

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<IFactStore>();
            Assert.Same(store, provider.GetRequiredService<IFactStoreReader>());
            var database = await ((LazyFactStore)store).GetStoreAsync();
            Assert.Equal(path, database.DatabasePath);
            Assert.Equal(["about", "contested", "echo"], database.QueryProviderNames.Order(StringComparer.Ordinal));
            Assert.Equal(["annotations-jsonl", "claimreview", "html-article", "jsonl", "markdown-article", "plain-text-article", "web-annotation", "wikidata"], database.ImporterNames.Order(StringComparer.Ordinal));
            Assert.Equal(["annotations-jsonl", "claimreview", "html-article", "jsonl", "markdown-article", "plain-text-article", "web-annotation", "wikidata"], provider.GetServices<IFactImporter>().Select(i => i.Name).Order(StringComparer.Ordinal));
            Assert.Single(provider.GetServices<IFactQueryProvider>(), p => p is EchoQueryProvider);

            var result = await store.QueryAsync("echo", new QueryRequest());
            Assert.Empty(result.Facts);
        }

        File.Delete(path);
    }

    [Fact]
    public async Task RegisteredExportAndMaintenance_RunOnTheOneStore()
    {
        var path = Path.Combine(Path.GetTempPath(), $"di-services-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddFactStore(o => o.UseSqlite(path));
        services.AddFactStore();

        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<IFactStore>().ImportAsync(
                "plain-text-article", ImportInput.FromBytes("a.txt", System.Text.Encoding.UTF8.GetBytes("A title\n\nThe CSTO met in Minsk.")));
            var export = provider.GetRequiredService<IFactStoreExport>();
            var maintenance = provider.GetRequiredService<IFactStoreMaintenance>();
            Assert.Same(export, provider.GetRequiredService<IFactStoreExport>());

            using var output = new MemoryStream();
            await export.ExportJsonLinesAsync(output);
            var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Contains("\"type\":\"source\"", lines[1], StringComparison.Ordinal);
            Assert.True((await maintenance.VerifyAsync()).IsClean);
            Assert.Equal(1, (await maintenance.GetStatisticsAsync()).Records["sources"]);
        }

        File.Delete(path);
    }

    [Fact]
    public async Task RegisteredStore_ForwardsTheNewReads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"di-reads-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddFactStore(o => o.UseSqlite(path));

        await using (var provider = services.BuildServiceProvider())
        {
            IFactStoreReader store = provider.GetRequiredService<IFactStore>();
            var fact = Support.TestRecords.Presides();
            await provider.GetRequiredService<IFactStore>().WriteAsync(
                [Support.TestRecords.Article, Support.TestRecords.Tokayev, fact, Support.TestRecords.Says(fact, "President Tokaev said") with { HolderId = Support.TestRecords.Tokayev.Id }]);
            var now = DateTimeOffset.UtcNow.AddMinutes(1);

            var stance = Assert.Single(await store.FindStancesAsync(new StanceQuery { Holder = "Tokaev" }));
            Assert.Equal(fact.Id, stance.Fact!.Id);
            Assert.Equal(fact.Id, Assert.Single(await store.GetEvidenceAsync([fact.Id])).Fact.Id);
            Assert.Equal("holds_office", Assert.Single(await store.ListPredicatesAsync(new ListQuery())).Predicate);
            Assert.Equal(1, Assert.Single(await store.ListEntitiesAsync(new ListQuery())).StanceCount);
            Assert.Equal(1, Assert.Single(await store.ListSourcesAsync(new ListQuery())).FactCount);
            Assert.NotNull(await store.AsKnownAt(now).GetSourceAsync(Support.TestRecords.Article.Id));
            Assert.NotNull(await store.AsKnownAt(now).GetEntityAsync(Support.TestRecords.Tokayev.Id));
            Assert.NotNull(await store.AsKnownAt(now).GetFactAsync(fact.Id));
            Assert.NotNull(await store.AsKnownAt(now).GetStanceAsync(stance.Stance.Id));
            Assert.Single(await store.AsKnownAt(now).FindEntitiesAsync("Tokayev"));
            Assert.Single(await store.AsKnownAt(now).FindSourcesAsync("summit.txt"));
        }

        File.Delete(path);
    }

    [Fact]
    public async Task GetRequiredService_OpensNothingUntilFirstUse_ThenOpensOnce()
    {
        var path = Path.Combine(Path.GetTempPath(), $"di-lazy-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddFactStore(o => o.UseSqlite(path));

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<IFactStore>();
            Assert.False(File.Exists(path));

            var first = Task.Run(() => store.GetSourcesAsync());
            var second = Task.Run(() => store.FindEntitiesAsync("nobody"));
            Assert.Empty(await first);
            Assert.Empty(await second);
            Assert.True(File.Exists(path));
            Assert.Same(await ((LazyFactStore)store).GetStoreAsync(), await ((LazyFactStore)store).GetStoreAsync());
        }

        File.Delete(path);
    }

    [Fact]
    public async Task RegisteredReader_SearchesAndResolvesNamesThroughTheStore()
    {
        var path = Path.Combine(Path.GetTempPath(), $"di-search-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddFactStore(o => o.UseSqlite(path));

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<IFactStore>();
            await store.WriteAsync([Support.TestRecords.Article, Support.TestRecords.Tokayev]);
            var reader = provider.GetRequiredService<IFactStoreReader>();

            Assert.Equal(Support.TestRecords.Article.Id, Assert.Single(await reader.SearchAsync(new SearchQuery { Text = "alarms" })).RecordId);
            Assert.Equal(Support.TestRecords.Tokayev.Id, (await reader.ResolveNameAsync("Tokaiev")).Match?.Id);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public async Task FirstUse_OpenFails_ReportedToTheCallerAndTriedAgain()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"di-bad-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "facts.db");
        await File.WriteAllTextAsync(path, "not a database, just text that is long enough to be read as a header by SQLite");
        var services = new ServiceCollection();
        services.AddFactStore(o => o.UseSqlite(path));

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<IFactStore>();
            await Assert.ThrowsAsync<StoreSchemaException>(() => store.GetSourcesAsync());

            File.Delete(path);
            Assert.Empty(await store.GetSourcesAsync());
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Dispose_NeverOpened_DoesNothing()
    {
        var services = new ServiceCollection();
        services.AddFactStore(o => o.UseSqlite(Path.Combine(Path.GetTempPath(), $"di-never-{Guid.NewGuid():N}.db")));
        using (var provider = services.BuildServiceProvider())
        {
            Assert.NotNull(provider.GetRequiredService<IFactStoreReader>());
        }
    }

    [Fact]
    public void AddFactStore_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FactStoreServiceCollectionExtensions.AddFactStore(null!));
    }

    private sealed class EchoQueryProvider : IFactQueryProvider
    {
        public string Name => "echo";

        public Task<QueryResult> ExecuteAsync(QueryRequest request, IFactStoreReader store, CancellationToken cancellationToken) =>
            Task.FromResult(new QueryResult { Facts = [] });
    }
}
