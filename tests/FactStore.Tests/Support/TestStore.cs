using Microsoft.Extensions.Time.Testing;

namespace FactStore.Tests.Support;

/// <summary>A store on a fresh temporary file with a fake clock; deleted on dispose.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factstore-tests-").FullName;

    private TestStore()
    {
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    public FactStoreDatabase Store { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_folder, "facts.db");

    public static async Task<TestStore> CreateAsync()
    {
        var test = new TestStore();
        test.Store = await FactStoreDatabase.OpenAsync(new FactStoreOptions { TimeProvider = test.Clock }.UseSqlite(test.DatabasePath));
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
        Store = await FactStoreDatabase.OpenAsync(new FactStoreOptions { TimeProvider = Clock }.UseSqlite(DatabasePath));
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
