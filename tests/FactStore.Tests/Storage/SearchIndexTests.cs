using FactStore.Sqlite.Coordination;
using FactStore.Sqlite.Search;
using FactStore.Sqlite.Schema;
using FactStore.Sqlite;
using FactStore.Engines;
using FactStore.Tests.Support;
using FactStore.TestSupport;
using Microsoft.Data.Sqlite;

namespace FactStore.Tests.Storage;

/// <summary>Migration 3's indexes, written once per run since migration 5: what a new store holds, and that they stay in step with the tables.</summary>
[Trait("Engine", "Sqlite")]
public class SearchIndexTests
{
    [Fact]
    public async Task Open_NewStore_HasTheSearchIndexesAndStancesByHolder()
    {
        await using var test = await TestStore.CreateAsync();

        Assert.Equal(1L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'stances_by_holder'"));
        Assert.Equal(
            "facts_search names_search sources_search stances_search",
            RawDatabase.Scalar(test.DatabasePath, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name)"));
        Assert.Equal(1L, RawDatabase.Scalar(test.DatabasePath, "SELECT v FROM stances_search_config WHERE k = 'secure-delete'"));
        Assert.Equal(1L, RawDatabase.Scalar(test.DatabasePath, "SELECT v FROM sources_search_config WHERE k = 'secure-delete'"));
    }

    [Fact]
    public async Task Import_SeedsThenARedaction_LeavesEveryIndexInStepWithItsTable()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var source = (await test.Store.GetSourcesAsync())[0];

        await test.Store.WriteAsync([new Redaction { TargetId = source.Id, Reason = "Takedown request." }]);

        foreach (var index in new[] { "facts_search", "stances_search", "sources_search" })
        {
            // With rank 1, FTS5 also checks that the index holds exactly what the table it indexes holds.
            RawDatabase.Execute(test.DatabasePath, $"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)");
        }

        Assert.Equal(RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM entity_aliases"), RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM names_search"));
        Assert.Equal(63L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(DISTINCT entity_id) FROM names_search"));
    }

    [Fact]
    public async Task Write_ARelabelledEntity_IndexesItsNewLabel()
    {
        await using var test = await TestStore.CreateAsync();
        var entity = new Entity { Label = "Nursultan Nazarbayev", Kind = EntityKind.Person, ExternalIds = [ExternalId.Create("wikidata", "Q128719")] };
        await test.Store.WriteAsync([entity]);

        await test.Store.WriteAsync([entity with { Label = "Nursultan Abishuly Nazarbayev" }]);

        var resolution = await test.Store.ResolveNameAsync("Nursultan Abishuly Nazarbaev");
        Assert.Equal(entity.Id, resolution.Match?.Id);
        Assert.Equal("Nursultan Abishuly Nazarbayev", resolution.Candidates[0].MatchedName);
    }

    [Fact]
    public async Task Write_MoreNamesThanOneBatch_IndexesEachNameOnce()
    {
        await using var test = await TestStore.CreateAsync();
        var entities = Enumerable.Range(0, 450).Select(i => new Entity
        {
            Label = $"Delegate {i:000}",
            Kind = EntityKind.Person,
            Aliases = [LocalizedText.Create($"Envoy {i:000}")],
        }).ToList();

        await test.Store.WriteAsync(entities);

        Assert.Equal(900L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM names_search"));
        Assert.Equal(900L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(DISTINCT entity_id || alias) FROM names_search"));
        RawDatabase.Execute(test.DatabasePath, "INSERT INTO names_search (names_search) VALUES ('integrity-check')");
        Assert.Equal(entities[449].Id, (await test.Store.ResolveNameAsync("Envoy 449")).Match?.Id);
    }

    [Fact]
    public async Task Open_AStoreIndexedByTriggers_DropsThemAndIndexesOldAndNewRows()
    {
        await using var test = await TestStore.CreateSeededAsync();
        await test.Store.DisposeAsync();
        Version3Store.Downgrade(test.DatabasePath);
        SqliteConnection.ClearAllPools();
        Assert.Equal(3L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_search_insert'"));

        await test.ReopenAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "there is no need to constantly raise alarms")]);

        Assert.Equal(0L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_search_insert'"));
        Assert.Equal((long)SqliteSchema.Migrations[^1].Version, RawDatabase.Scalar(test.DatabasePath, "SELECT MAX(version) FROM schema_migrations"));
        foreach (var index in new[] { "facts_search", "stances_search", "sources_search" })
        {
            RawDatabase.Execute(test.DatabasePath, $"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)");
        }

        var hits = await test.Store.SearchAsync(new SearchQuery { Text = "Minsk", Scope = SearchScope.SourceTexts });
        Assert.Equal(
            RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM sources WHERE text LIKE '%Minsk%'"),
            (long)hits.Count);
        Assert.Contains(hits, h => h.SourceId == TestRecords.Article.Id);
        Assert.True(hits.Count > 1);
    }
}
