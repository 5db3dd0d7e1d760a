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
    public async Task Open_FirstReleaseDatabase_UpgradesAndReportsWhatThatReleaseReportedAndWhatAFreshStoreReports()
    {
        var firstRelease = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "v1-sample.report.txt")).Skip(1).ToList();

        var (upgradedImports, upgraded) = await ReportAsync(DatabasePath);
        var freshPath = Path.Combine(_folder, "fresh.db");
        await ReportAsync(freshPath);
        var (_, fresh) = await ReportAsync(freshPath);

        Assert.All(upgradedImports, i => Assert.True(i.AlreadyImported));
        Assert.Equal(fresh, upgraded);
        AssertInOrder(firstRelease, upgraded);
    }

    /// <summary>The sample's report after importing the seeds (again) into the store at <paramref name="path"/>.</summary>
    private static async Task<(IReadOnlyList<ImportResult> Imports, string[] Lines)> ReportAsync(string path)
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path));
        var imports = await SeedImport.ImportAsync(store, Seeds.Folder, CancellationToken.None);
        using var output = new StringWriter { NewLine = "\n" };
        await Report.WriteAsync(store, imports, output, CancellationToken.None);
        return (imports, output.ToString().TrimEnd('\n').Split('\n'));
    }

    /// <summary>Every line the first release printed is still printed, in the same order (later releases add sections).</summary>
    private static void AssertInOrder(List<string> expected, string[] actual)
    {
        var next = 0;
        foreach (var line in expected)
        {
            var found = -1;
            for (var i = next; i < actual.Length; i++)
            {
                if (actual[i] == line)
                {
                    found = i;
                    break;
                }
            }

            Assert.True(found >= 0, $"the first release's line is missing or out of order: {line}");
            next = found + 1;
        }
    }

    [Fact]
    public async Task Open_FirstReleaseDatabase_EveryRecordReadsBackCheckedAgainstItsId()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));

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
    public async Task Open_FirstReleaseDatabase_IndexesWhatItHeldForSearchAndNames()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));

        var quotes = await store.SearchAsync(new SearchQuery { Text = "\"Tokayev's move\"", Scope = SearchScope.Quotes });
        var statements = await store.SearchAsync(new SearchQuery { Text = "Pashinyan", Scope = SearchScope.Statements });
        var texts = await store.SearchAsync(new SearchQuery { Text = "Lukashenka Pashinyan", Scope = SearchScope.SourceTexts });

        Assert.NotEmpty(quotes);
        foreach (var hit in quotes)
        {
            var text = (await store.GetSourceAsync(hit.SourceId!))!.Text!;
            Assert.Equal("Tokayev\u2019s move", text[hit.Start!.Value..hit.End!.Value]);
        }

        Assert.NotEmpty(statements);
        Assert.NotEmpty(texts);
        Assert.Equal("Arkady Moshes", (await store.ResolveNameAsync("Moshes")).Match?.Label);
        Assert.Equal("Kassym-Jomart Tokayev", (await store.ResolveNameAsync("Токаев")).Match?.Label);
        Assert.Equal(RawDatabase.Scalar(DatabasePath, "SELECT COUNT(*) FROM entity_aliases"), RawDatabase.Scalar(DatabasePath, "SELECT COUNT(*) FROM names_search"));
        foreach (var index in new[] { "facts_search", "stances_search", "sources_search" })
        {
            RawDatabase.Execute(DatabasePath, $"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)");
        }
    }

    [Fact]
    public async Task Open_FirstReleaseDatabase_KeepsHistoryAppendOnlyAndReferencesWhole()
    {
        await (await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath))).DisposeAsync();

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
        await (await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath))).DisposeAsync();

        Assert.Equal(1L, RawDatabase.Scalar(DatabasePath, $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = 'extra'"));
        if ((long)RawDatabase.Scalar(DatabasePath, $"SELECT COUNT(*) FROM {table}")! > 0)
        {
            RawDatabase.AssertRefused(DatabasePath, $"UPDATE {table} SET extra = '{{}}'");
        }
    }

    [Fact]
    public async Task Open_FirstReleaseDatabase_AStanceAlteredAfterTheUpgradeIsStillCaught()
    {
        await (await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath))).DisposeAsync();
        RawDatabase.Execute(DatabasePath, "DROP TRIGGER stances_append_only_update; UPDATE stances SET position = 'refutes' WHERE seq = 1");

        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));
        var fact = (string)RawDatabase.Scalar(DatabasePath, "SELECT fact_id FROM stances WHERE seq = 1")!;

        await Assert.ThrowsAsync<RecordIntegrityException>(() => store.GetEvidenceAsync(fact));
    }

    [Fact]
    public async Task Open_FirstReleaseDatabase_ARedactionStillErasesTheTextAndEveryExcerpt()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));
        var source = Assert.Single(await store.FindSourcesAsync("file:000_7e4c0f18d8950960.txt"));
        Assert.Equal(source.Id, Assert.Single(await store.SearchAsync(new SearchQuery { Text = "\"Moscow Gets Significance\"", Scope = SearchScope.SourceTexts })).RecordId);

        await store.WriteAsync([new Redaction { TargetId = source.Id, Reason = "Takedown request." }]);

        Assert.True((await store.GetSourceAsync(source.Id))!.IsRedacted);
        Assert.Equal(0L, RawDatabase.Scalar(DatabasePath, $"SELECT COUNT(*) FROM stances WHERE source_id = '{source.Id}' AND quote <> ''"));
        Assert.True((long)RawDatabase.Scalar(DatabasePath, $"SELECT COUNT(*) FROM stances WHERE source_id = '{source.Id}'")! > 0);
        var facts = await store.FindFactsAsync(new FactQuery());
        var evidence = await store.GetEvidenceAsync(facts[0].Id);
        Assert.NotNull(evidence);
        var hits = await store.SearchAsync(new SearchQuery { Text = "Moshes", Limit = 1000 });
        Assert.DoesNotContain(hits, h => h.SourceId == source.Id);
        Assert.Empty(await store.SearchAsync(new SearchQuery { Text = "\"Moscow Gets Significance\"", Scope = SearchScope.SourceTexts }));
    }

    [Fact]
    public async Task Open_FirstReleaseDatabaseWithHistory_AnswersAsThatReleaseDidNowAndAsKnownBefore()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures");
        var path = Path.Combine(_folder, "history.db");
        File.Copy(Path.Combine(fixtures, "v1-history.facts"), path);
        var expected = File.ReadAllLines(Path.Combine(fixtures, "v1-history.answers.txt"));

        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(path));
        var actual = new List<string>();
        foreach (var header in expected.Where(l => l.StartsWith("# known at ", StringComparison.Ordinal)))
        {
            actual.Add(header);
            var when = header["# known at ".Length..];
            DateTimeOffset? known = when == "now" ? null : DateTimeOffset.Parse(when, System.Globalization.CultureInfo.InvariantCulture);
            IFactStoreReader reader = known is DateTimeOffset moment ? store.AsKnownAt(moment) : store;
            foreach (var fact in await reader.FindFactsAsync(new FactQuery { IncludeRetracted = true, IncludeSuperseded = true }))
            {
                var evidence = (await reader.GetEvidenceAsync(fact.Id))!;
                actual.Add($"{fact.Id}\t{evidence.Status}\t{fact.Statement}");
                actual.AddRange(evidence.Stances.Select(s =>
                    $"  {s.Stance.Id}\t{s.Stance.Position}\t{s.Stance.IsRedacted}\t{s.Stance.Citation?.Quote}\t{s.Stance.Citation?.Start}"));
            }
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Open_FirstReleaseDatabase_AStanceItStoredKeepsItsIdAndCanBeCorrected()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(DatabasePath));
        var fact = (await store.FindFactsAsync(new FactQuery()))[0];
        var old = (await store.GetEvidenceAsync(fact.Id))!.Stances[0].Stance;

        var result = await store.WriteAsync([old with { Position = StancePosition.Uncertain, Supersedes = old.Id }]);

        Assert.Equal(old.Id, old.FirstReleaseId);
        Assert.Equal(old.Id, (await store.GetStanceAsync(old.Id))!.Id);
        Assert.Equal(1, result.StancesAdded);
        var stances = (await store.GetEvidenceAsync(fact.Id))!.Stances.Select(s => s.Stance).ToList();
        Assert.DoesNotContain(stances, s => s.Id == old.Id);
        var correction = Assert.Single(stances, s => s.Supersedes == old.Id);
        Assert.Null(correction.FirstReleaseId);
        Assert.Equal(StancePosition.Uncertain, correction.Position);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
