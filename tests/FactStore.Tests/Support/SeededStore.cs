namespace FactStore.Tests.Support;

/// <summary>One store with the seeds imported, shared by the read-only tests of a class (<c>IClassFixture</c>).</summary>
public sealed class SeededStore : IAsyncLifetime
{
    private TestStore? _test;

    internal FactStoreDatabase Store => _test!.Store;

    public async Task InitializeAsync() => _test = await TestStore.CreateSeededAsync();

    public async Task DisposeAsync()
    {
        if (_test is not null)
        {
            await _test.DisposeAsync();
        }
    }

    /// <summary>The seed article whose file name starts with <paramref name="prefix"/>, e.g. <c>004</c> (CEPA).</summary>
    internal async Task<Source> ArticleAsync(string prefix) =>
        (await Store.FindSourcesAsync(Path.GetFileName(Seeds.Article(prefix)))).Single();

    /// <summary>The one entity a name denotes.</summary>
    internal async Task<Entity> EntityAsync(string name) => (await Store.FindEntitiesAsync(name)).Single();
}
