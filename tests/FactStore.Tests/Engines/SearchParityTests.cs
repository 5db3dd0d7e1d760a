using FactStore.Tests.Searching.Fts5;
using FactStore.Tests.Support;
using FactStore.TestSupport;

namespace FactStore.Tests.Engines;

/// <summary>
/// Full-text search gives the same answers on both engines: for the same records, the same hits in the same order, the
/// same score to the bit, the same snippet and offsets, the same cursors.
/// </summary>
public sealed class SearchParityTests(SearchParityTests.BothEngines engines) : IClassFixture<SearchParityTests.BothEngines>
{
    [PostgreSqlFact]
    public async Task SearchAsync_ManyQueriesOnTheSameRecords_AnswerAlikeToTheBitOnBothEngines()
    {
        var hits = 0;
        foreach (var text in Queries())
        {
            var query = new SearchQuery { Text = text, Limit = 500 };
            var (sqlite, postgres) = (await engines.Sqlite.Store.SearchAsync(query), await engines.PostgreSql.Store.SearchAsync(query));

            Assert.Equal(Shown(sqlite), Shown(postgres));
            hits += sqlite.Count;
        }

        Assert.True(hits > 2000, $"only {hits} hits compared");
    }

    [PostgreSqlFact]
    public async Task SearchAsync_WalkedInPages_SameCursorsOnBothEngines()
    {
        foreach (var text in new[] { "CSTO", "the", "Armenia", "\"the CSTO\"", "Bielefeld" })
        {
            string? sqliteCursor = null, postgresCursor = null;
            var pages = 0;
            do
            {
                var sqlite = await engines.Sqlite.Store.SearchAsync(new SearchQuery { Text = text, Limit = 4, After = sqliteCursor });
                var postgres = await engines.PostgreSql.Store.SearchAsync(new SearchQuery { Text = text, Limit = 4, After = postgresCursor });

                Assert.Equal(Shown(sqlite), Shown(postgres));
                Assert.Equal(sqlite.NextCursor, postgres.NextCursor);
                (sqliteCursor, postgresCursor) = (sqlite.NextCursor, postgres.NextCursor);
                pages++;
            }
            while (sqliteCursor is not null);

            Assert.True(pages > 1, $"'{text}' fits on one page");
        }
    }

    [PostgreSqlFact]
    public async Task SearchAsync_EachScopeAndKnownBeforeTheLastImport_AnswerAlikeOnBothEngines()
    {
        foreach (var scope in new[] { SearchScope.Statements, SearchScope.Quotes, SearchScope.SourceTexts, SearchScope.Quotes | SearchScope.SourceTexts })
        {
            foreach (var text in new[] { "CSTO", "Kazakhstan troops", "\"peacekeeping forces\"", "Bielefeld Stadt" })
            {
                var query = new SearchQuery { Text = text, Scope = scope, Limit = 50, IncludeSuperseded = true };

                Assert.Equal(
                    Shown(await engines.Sqlite.Store.AsKnownAt(engines.BeforeWikidata).SearchAsync(query)),
                    Shown(await engines.PostgreSql.Store.AsKnownAt(engines.BeforeWikidata).SearchAsync(query)));
            }
        }
    }

    /// <summary>Single words common and rare, pairs, phrases, repeats, and what the seeds' own tests ask.</summary>
    private static IEnumerable<string> Queries() => SeedQueries.All()
        .Select(phrases => string.Join(' ', phrases.Select(p => p.Contains('"', StringComparison.Ordinal) ? p : $"\"{p}\"")))
        .Concat(["Bielefeld", "Stadt in Nordrhein-Westfalen", "Tokayev's move", "Pashinyan Minsk", "kasym-zomart", "Kasym-Žomart", "CSTO CSTO CSTO", "\u19B0 CSTO", "\u19B0"]);

    private static IEnumerable<object?> Shown(Page<SearchHit> page) =>
        page.Select(h => (object?)(h.Kind, h.RecordId, h.FactId, h.SourceId, BitConverter.DoubleToInt64Bits(h.Score), h.Snippet, h.Start, h.End))
            .Append(page.NextCursor);

    /// <summary>The seeds and a Wikidata entity imported into a store on each engine, by the same clock readings.</summary>
    public sealed class BothEngines : IAsyncLifetime
    {
        internal EngineStore Sqlite { get; private set; } = null!;

        internal EngineStore PostgreSql { get; private set; } = null!;

        /// <summary>A moment after the seeds were imported and before the Wikidata entity was.</summary>
        internal DateTimeOffset BeforeWikidata { get; private set; }

        public async Task InitializeAsync()
        {
            if (PostgreSqlServer.Unavailable is not null)
            {
                return;
            }

            (Sqlite, PostgreSql) = (await EngineStore.SqliteAsync(), await EngineStore.PostgreSqlAsync());
            var wikidata = Path.Combine(AppContext.BaseDirectory, "Importers", "Wikidata", "Fixtures", "Q2112.json");
            foreach (var store in new[] { Sqlite.Store, PostgreSql.Store })
            {
                await FactStore.Sample.SeedImport.ImportAsync(store, Seeds.Folder, CancellationToken.None);
                BeforeWikidata = (await store.Maintenance.GetStatisticsAsync()).LastRecordedAt!.Value.AddTicks(1);
                await store.ImportAsync("wikidata", ImportInput.FromFile(wikidata));
            }
        }

        public async Task DisposeAsync()
        {
            if (Sqlite is not null)
            {
                await Sqlite.DisposeAsync();
                await PostgreSql.DisposeAsync();
            }
        }
    }
}
