using System.Text;
using FactStore.PostgreSql.Search;
using FactStore.Searching.Fts5;
using FactStore.Tests.Support;
using FactStore.TestSupport;

namespace FactStore.Tests.Engines;

/// <summary>
/// Where PostgreSQL's index differs in shape from FTS5's, search still answers alike: a text cut into parts, and the
/// statistics after an erasure. The erasure leaves no word of the text in PostgreSQL's index.
/// </summary>
public sealed class SearchIndexParityTests
{
    [PostgreSqlFact]
    public async Task SearchAsync_ATextInManyParts_AnswersAlikeOnBothEnginesEvenForPhrasesAcrossTheCuts()
    {
        var text = LongText();
        var tokens = Fts5Tokens.Of(text);
        var cuts = SearchParts.Of(tokens).Select(p => p.Tokens).SkipLast(1).Aggregate(new List<int>(), (all, n) => [.. all, (all.LastOrDefault() + n)]);
        Assert.True(cuts.Count > 5, $"only {cuts.Count} cuts");
        var queries = cuts.Where((_, i) => i % 4 == 0).SelectMany(cut => new[]
        {
            Phrase(tokens, cut - 1, 2), Phrase(tokens, cut - 3, 5), Phrase(tokens, cut - 40, 64), $"{Phrase(tokens, cut - 1, 2)} {tokens[cut + 5].Term}",
        }).Concat(["the", "of", "treaty", "the the", "\"of the\""]).ToList();

        await AssertAlikeAsync([new Source { Text = text, Title = "Long" }, TestRecords.Article], queries);
    }

    /// <summary>The documented limit: a phrase of more than 64 tokens that runs across a cut is not found there.</summary>
    [PostgreSqlFact]
    public async Task SearchAsync_APhraseOfMoreThan64TokensAcrossACut_IsFoundByFts5Only()
    {
        var text = LongText();
        var tokens = Fts5Tokens.Of(text);
        var cut = SearchParts.Of(tokens).First().Tokens;
        var query = new SearchQuery { Text = Phrase(tokens, cut - SearchParts.Overlap - 3, SearchParts.Overlap + 6) };
        await using var sqlite = await EngineStore.SqliteAsync();
        await using var postgres = await EngineStore.PostgreSqlAsync();
        await sqlite.Store.WriteAsync([new Source { Text = text, Title = "Long" }]);
        await postgres.Store.WriteAsync([new Source { Text = text, Title = "Long" }]);

        Assert.Single(await sqlite.Store.SearchAsync(query));
        Assert.Empty(await postgres.Store.SearchAsync(query));
    }

    [PostgreSqlFact]
    public async Task Redact_ThenSearch_AnswersAlikeOnBothEnginesAndNoWordIsLeftInPostgreSqlsIndex()
    {
        var fact = TestRecords.Presides();
        StoreRecord[] records = [TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "there is no need to constantly raise alarms"), Other];
        string[] queries = ["CSTO", "summit", "Minsk", "Tokayev", "President Kazakhstan", "constantly", "\"raise alarms\"", "November"];

        await AssertAlikeAsync(records, queries, new Redaction { TargetId = TestRecords.Article.Id, Reason = "Erasure request." }, async postgres =>
        {
            foreach (var (index, records) in new[] { ("sources_search", "sources"), ("stances_search", "stances") })
            {
                Assert.Equal(0L, await ScalarAsync(postgres, $"SELECT COUNT(*) FROM {index} x JOIN {records} r ON r.seq = x.seq WHERE r.{(records == "sources" ? "id" : "source_id")} = '{TestRecords.Article.Id}'"));
                Assert.Equal(await ScalarAsync(postgres, $"SELECT COALESCE(SUM(tokens), 0) FROM {index}"), await ScalarAsync(postgres, $"SELECT token_count FROM search_totals WHERE kind = '{index}'"));
                Assert.Equal(await ScalarAsync(postgres, $"SELECT COUNT(*) FROM {records}"), await ScalarAsync(postgres, $"SELECT row_count FROM search_totals WHERE kind = '{index}'"));
            }

            Assert.Equal(0L, await ScalarAsync(postgres, "SELECT COUNT(*) FROM stances_search WHERE words @@ 'constantly'::tsquery"));
        });
    }

    [PostgreSqlFact]
    public async Task Redact_ASourceWrittenInTheSameRun_AnswersAlikeOnBothEngines()
    {
        var fact = TestRecords.Presides();
        var redaction = new Redaction { TargetId = TestRecords.Article.Id, Reason = "Erasure request." };

        await AssertAlikeAsync(
            [TestRecords.Article, TestRecords.Tokayev, fact, TestRecords.Says(fact, "there is no need to constantly raise alarms"), Other, redaction],
            ["CSTO", "summit", "constantly", "Kazakhstan", "Tokayev President", "the", "Minsk", "presidents met"]);
    }

    private static Source Other { get; } = new() { Text = "The CSTO summit in Minsk: Tokayev and the other presidents met in November.", Title = "Other" };

    /// <summary>Writes the records (then the redaction, when given) on both engines and compares every query's answer.</summary>
    private static async Task AssertAlikeAsync(IReadOnlyList<StoreRecord> records, IEnumerable<string> queries, Redaction? redaction = null, Func<EngineStore, Task>? checkPostgreSql = null)
    {
        await using var sqlite = await EngineStore.SqliteAsync();
        await using var postgres = await EngineStore.PostgreSqlAsync();
        foreach (var store in new[] { sqlite.Store, postgres.Store })
        {
            await store.WriteAsync(records);
            if (redaction is not null)
            {
                await store.WriteAsync([redaction]);
            }
        }

        var hits = 0;
        foreach (var text in queries)
        {
            var query = new SearchQuery { Text = text, Limit = 100 };
            var (a, b) = (await sqlite.Store.SearchAsync(query), await postgres.Store.SearchAsync(query));
            Assert.Equal(Shown(a), Shown(b));
            hits += a.Count;
        }

        Assert.True(hits > 5, $"only {hits} hits compared");
        if (checkPostgreSql is not null)
        {
            await checkPostgreSql(postgres);
        }
    }

    private static IEnumerable<object> Shown(Page<SearchHit> page) =>
        page.Select(h => (object)(h.Kind, h.RecordId, BitConverter.DoubleToInt64Bits(h.Score), h.Snippet, h.Start, h.End));

    private static async Task<object?> ScalarAsync(EngineStore store, string sql) =>
        Convert.ToInt64(await PostgreSqlServer.Shared.ScalarAsync(sql, store.Schema), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A phrase of the text's own tokens, quoted.</summary>
    private static string Phrase(List<Fts5Token> tokens, int from, int count) => "\"" + string.Join(' ', tokens.Skip(from).Take(count).Select(t => t.Term)) + "\"";

    /// <summary>Some 30,000 words of sentences where "the" and "of" are common, so that parts end early and often.</summary>
    private static string LongText()
    {
        var random = new Random(9);
        string[] words = ["treaty", "army", "border", "Minsk", "Tokayev", "peace", "troops", "summit", "Armenia", "Kazakhstan", "forces", "crisis"];
        var text = new StringBuilder();
        for (var sentence = 0; sentence < 3000; sentence++)
        {
            text.Append("The ").Append(words[random.Next(words.Length)]).Append(" of the ").Append(words[random.Next(words.Length)]);
            text.Append(' ').Append(words[random.Next(words.Length)]).Append(sentence % 5 == 0 ? ": " : ", ").Append("of ").Append(words[random.Next(words.Length)]).Append(". ");
        }

        return text.ToString();
    }
}
