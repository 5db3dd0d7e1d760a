using FactStore.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FactStore.Tests.Support;

/// <summary>A store on one engine with a fake clock that both engines share the readings of.</summary>
internal sealed class EngineStore : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factstore-engines-").FullName;

    public FactStoreDatabase Store { get; private set; } = null!;

    public string Schema { get; } = PostgreSqlServer.NewSchema();

    private bool OnPostgreSql { get; init; }

    public static async Task<EngineStore> SqliteAsync()
    {
        var test = new EngineStore();
        test.Store = await FactStoreDatabase.OpenAsync(TestStore.Options(Path.Combine(test._folder, "facts.db"), null, Clock()));
        return test;
    }

    public static async Task<EngineStore> PostgreSqlAsync()
    {
        var test = new EngineStore { OnPostgreSql = true };
        test.Store = await FactStoreDatabase.OpenAsync(TestStore.Options(Path.Combine(test._folder, "facts.db"), test.Schema, Clock()));
        return test;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
        if (OnPostgreSql)
        {
            await PostgreSqlServer.Shared.DropSchemaAsync(Schema);
        }
    }

    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
}
