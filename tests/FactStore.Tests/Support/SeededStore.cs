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
}
