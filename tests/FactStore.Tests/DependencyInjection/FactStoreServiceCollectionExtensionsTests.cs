using Microsoft.Extensions.DependencyInjection;

namespace FactStore.Tests.DependencyInjection;

public class FactStoreServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddFactStore_RegistersOneStoreWithBuiltInsAndAddedPlugins()
    {
        var path = Path.Combine(Path.GetTempPath(), $"di-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddFactStore(o => o.DatabasePath = path)
            .AddQueryProvider<EchoQueryProvider>()
            .AddQueryProvider<EchoQueryProvider>();
        services.AddFactStore();

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<IFactStore>();
            Assert.Same(store, provider.GetRequiredService<IFactStoreReader>());
            Assert.Equal(path, ((FactStoreDatabase)store).DatabasePath);
            Assert.Equal(["about", "contested", "echo"], ((FactStoreDatabase)store).QueryProviderNames.Order(StringComparer.Ordinal));
            Assert.Equal(["annotations-jsonl", "claimreview", "plain-text-article", "web-annotation", "wikidata"], provider.GetServices<IFactImporter>().Select(i => i.Name).Order(StringComparer.Ordinal));
            Assert.Single(provider.GetServices<IFactQueryProvider>(), p => p is EchoQueryProvider);

            var result = await store.QueryAsync("echo", new QueryRequest());
            Assert.Empty(result.Facts);
        }

        File.Delete(path);
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
