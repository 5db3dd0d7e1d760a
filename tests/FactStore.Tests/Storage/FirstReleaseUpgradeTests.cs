using FactStore.Sample;
using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

/// <summary>
/// A database the first release wrote (the sample's facts.db, kept in Fixtures/ with the report that release printed
/// for it) opens with this release, upgrades, and answers the same.
/// </summary>
public sealed class FirstReleaseUpgradeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factstore-upgrade-" + Guid.NewGuid().ToString("N"));

    public FirstReleaseUpgradeTests()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "v1-sample.facts"), DatabasePath);
    }

    private string DatabasePath => Path.Combine(_folder, "facts.db");

    [Fact]
    public async Task Open_FirstReleaseDatabase_UpgradesAndReportsTheSameAsThatRelease()
    {
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "v1-sample.report.txt")).Skip(1);

        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = DatabasePath });
        var imports = await SeedImport.ImportAsync(store, Seeds.Folder, CancellationToken.None);
        using var output = new StringWriter { NewLine = "\n" };
        await Report.WriteAsync(store, imports, output, CancellationToken.None);

        Assert.All(imports, i => Assert.True(i.AlreadyImported));
        Assert.Equal(expected, output.ToString().TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Open_FirstReleaseDatabase_EveryRecordReadsBackCheckedAgainstItsId()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = DatabasePath });

        var facts = await store.FindFactsAsync(new FactQuery { IncludeRetracted = true, IncludeSuperseded = true });
        var stances = 0;
        foreach (var fact in facts)
        {
            var evidence = await store.GetEvidenceAsync(fact.Id);
            stances += evidence!.Stances.Count;
        }

        Assert.Equal(92, facts.Count);
        Assert.False(facts.HasMore);
        Assert.Equal(171, stances);
        Assert.Equal(5, (await store.GetSourcesAsync()).Count);
        Assert.Single(await store.FindEntitiesAsync("Tokaev"));
    }

    [Fact]
    public async Task Open_FirstReleaseDatabase_KeepsHistoryAppendOnlyAndReferencesWhole()
    {
        await (await FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = DatabasePath })).DisposeAsync();

        RawDatabase.AssertRefused(DatabasePath, "UPDATE facts SET statement = 'changed'");
        RawDatabase.AssertRefused(DatabasePath, "DELETE FROM stances");
        RawDatabase.AssertRefused(DatabasePath, "UPDATE sources SET title = 'changed'");
        RawDatabase.AssertRefused(DatabasePath, "DELETE FROM source_locators");
        Assert.Equal("ok", RawDatabase.Scalar(DatabasePath, "PRAGMA integrity_check"));
        Assert.Equal(0L, RawDatabase.Scalar(DatabasePath, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
        Assert.Equal(171L, RawDatabase.Scalar(DatabasePath, "SELECT COUNT(*) FROM stances WHERE id_scheme = 1"));
    }

    [Theory]
    [InlineData("sources")]
    [InlineData("entities")]
    [InlineData("facts")]
    [InlineData("stances")]
    [InlineData("retractions")]
    [InlineData("redactions")]
    public async Task Open_FirstReleaseDatabase_AddsTheExtraColumnUnderTheAppendOnlyTriggers(string table)
    {
        await (await FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = DatabasePath })).DisposeAsync();

        Assert.Equal(1L, RawDatabase.Scalar(DatabasePath, $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = 'extra'"));
        if ((long)RawDatabase.Scalar(DatabasePath, $"SELECT COUNT(*) FROM {table}")! > 0)
        {
            RawDatabase.AssertRefused(DatabasePath, $"UPDATE {table} SET extra = '{{}}'");
        }
    }

    [Fact]
    public async Task Open_FirstReleaseDatabase_AStanceAlteredAfterTheUpgradeIsStillCaught()
    {
        await (await FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = DatabasePath })).DisposeAsync();
        RawDatabase.Execute(DatabasePath, "DROP TRIGGER stances_append_only_update; UPDATE stances SET position = 'refutes' WHERE seq = 1");

        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = DatabasePath });
        var fact = (string)RawDatabase.Scalar(DatabasePath, "SELECT fact_id FROM stances WHERE seq = 1")!;

        await Assert.ThrowsAsync<RecordIntegrityException>(() => store.GetEvidenceAsync(fact));
    }

    [Fact]
    public async Task Open_FirstReleaseDatabase_ARedactionStillErasesTheTextAndEveryExcerpt()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = DatabasePath });
        var source = Assert.Single(await store.FindSourcesAsync("file:000_7e4c0f18d8950960.txt"));

        await store.WriteAsync([new Redaction { TargetId = source.Id, Reason = "Takedown request." }]);

        Assert.True((await store.GetSourceAsync(source.Id))!.IsRedacted);
        Assert.Equal(0L, RawDatabase.Scalar(DatabasePath, $"SELECT COUNT(*) FROM stances WHERE source_id = '{source.Id}' AND quote <> ''"));
        Assert.True((long)RawDatabase.Scalar(DatabasePath, $"SELECT COUNT(*) FROM stances WHERE source_id = '{source.Id}'")! > 0);
        var facts = await store.FindFactsAsync(new FactQuery());
        var evidence = await store.GetEvidenceAsync(facts[0].Id);
        Assert.NotNull(evidence);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
