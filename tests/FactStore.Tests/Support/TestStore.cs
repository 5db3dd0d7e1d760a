using FactStore.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FactStore.Tests.Support;

/// <summary>
/// A fresh store with a fake clock, deleted on dispose: on a temporary SQLite file, or in a schema of its own on
/// PostgreSQL when the run puts every store there (<see cref="PostgreSqlServer.IsTestEngine"/>).
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factstore-tests-").FullName;
    private readonly string? _schema = PostgreSqlServer.IsTestEngine ? PostgreSqlServer.NewSchema() : null;

    private TestStore()
    {
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public FactStoreDatabase Store { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_folder, "facts.db");

    /// <summary>The options that open this store, on the run's engine.</summary>
    public FactStoreOptions Options() => Options(DatabasePath, _schema, Clock);

    /// <summary>Options for a store on the run's engine: the SQLite file, or on PostgreSQL the schema.</summary>
    public static FactStoreOptions Options(string databasePath, string? schema, TimeProvider clock) => schema is null
        ? new FactStoreOptions { TimeProvider = clock }.UseSqlite(databasePath)
        : new FactStoreOptions { TimeProvider = clock }.UseNpgsql(PostgreSqlServer.Shared.ConnectionString, o => o.Schema = schema);

    public static async Task<TestStore> CreateAsync()
    {
        var test = new TestStore();
        if (test._schema is not null)
        {
            RawDatabase.OnPostgreSql(test.DatabasePath, test._schema);
        }

        test.Store = await FactStoreDatabase.OpenAsync(test.Options());
        return test;
    }

    /// <summary>What importing the seeds reported, for a store made by <see cref="CreateSeededAsync"/>.</summary>
    public IReadOnlyList<ImportResult> SeedImports { get; private set; } = [];

    /// <summary>A store with the seed folder imported the way the sample imports it.</summary>
    public static async Task<TestStore> CreateSeededAsync()
    {
        var test = await CreateAsync();
        test.SeedImports = await FactStore.Sample.SeedImport.ImportAsync(test.Store, Seeds.Folder, CancellationToken.None);
        return test;
    }

    /// <summary>The stance as stored: its id is fixed once the store has anchored its citation.</summary>
    public async Task<Stance> StoredAsync(Stance stance)
    {
        var evidence = await Store.GetEvidenceAsync(stance.FactId);
        return evidence!.Stances.Select(s => s.Stance).Single(s =>
            s.SourceId == stance.SourceId && s.Position == stance.Position && s.Origin == stance.Origin && s.HolderId == stance.HolderId
            && Folded(s.Citation?.Quote) == Folded(stance.Citation?.Quote));

        static string? Folded(string? quote) => quote is null ? null : FactStore.Text.TextFolding.FoldTypography(quote).Trim();
    }

    /// <summary>Closes and reopens the same file, as a new process would.</summary>
    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = await FactStoreDatabase.OpenAsync(Options());
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
        if (_schema is not null)
        {
            await PostgreSqlServer.Shared.DropSchemaAsync(_schema);
        }
    }
}
