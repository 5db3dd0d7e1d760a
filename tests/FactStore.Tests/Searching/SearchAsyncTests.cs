using FactStore.Tests.Support;
using FactStore.Text;

namespace FactStore.Tests.Searching;

/// <summary>Full-text search on the seeds: ranking, snippets, offsets into the source text, paging.</summary>
public class SearchAsyncTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    private FactStoreDatabase Store => seeded.Store;

    [Fact]
    public async Task SearchAsync_NameInTheSeeds_FindsStatementsQuotesAndSourceTextsBestFirst()
    {
        var hits = await Store.SearchAsync(new SearchQuery { Text = "Pashinyan", Limit = 1000 });

        Assert.Contains(hits, h => h.Kind == SearchHitKind.Statement && h.FactId == h.RecordId && h.SourceId is null);
        Assert.Contains(hits, h => h.Kind == SearchHitKind.Quote && h.FactId is not null && h.SourceId is not null);
        Assert.Contains(hits, h => h.Kind == SearchHitKind.SourceText && h.SourceId == h.RecordId && h.FactId is null);
        Assert.All(hits, h => Assert.Contains("**Pashinyan**", h.Snippet, StringComparison.Ordinal));
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
        Assert.False(hits.HasMore);
    }

    [Fact]
    public async Task SearchAsync_Statement_IsTheFactsStatementWithNoOffsets()
    {
        var hits = await Store.SearchAsync(new SearchQuery { Text = "Pashinyan", Scope = SearchScope.Statements });

        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var fact = (await Store.GetFactAsync(hit.RecordId))!;
            Assert.Contains("Pashinyan", fact.Statement, StringComparison.Ordinal);
            Assert.Equal(SearchHitKind.Statement, hit.Kind);
            Assert.Null(hit.Start);
            Assert.Null(hit.End);
        }
    }

    [Fact]
    public async Task SearchAsync_QuoteWithATypographicApostrophe_OffsetsLocateTheMatchInTheSourceText()
    {
        var hits = await Store.SearchAsync(new SearchQuery { Text = "\"Tokayev's move\"", Scope = SearchScope.Quotes });

        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var stance = (await Store.GetStanceAsync(hit.RecordId))!;
            var text = (await Store.GetSourceAsync(hit.SourceId!))!.Text!;
            var matched = text.Substring(hit.Start!.Value, hit.End!.Value - hit.Start.Value);
            Assert.Equal("Tokayev\u2019s move", matched);
            Assert.InRange(hit.Start.Value, stance.Citation!.Start!.Value, stance.Citation.End!.Value);
            Assert.Equal(stance.FactId, hit.FactId);
        }
    }

    [Fact]
    public async Task SearchAsync_PhraseAcrossNonBreakingSpacesAndQuotes_OffsetsLocateItInTheSourceText()
    {
        var hits = await Store.SearchAsync(new SearchQuery { Text = "\"stated that existing authoritative\"", Scope = SearchScope.SourceTexts });

        var hit = Assert.Single(hits);
        var text = Seeds.Text("002");
        Assert.Equal((await Store.GetSourceAsync(hit.RecordId))!.Text, text);
        var matched = text.Substring(hit.Start!.Value, hit.End!.Value - hit.Start.Value);
        Assert.Equal("stated\u00A0that \u201Cexisting authoritative", matched);
        Assert.Contains("**stated that “existing authoritative**", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_QuoteAcrossANonBreakingSpace_OffsetsLocateItInTheSourceText()
    {
        var hits = await Store.SearchAsync(new SearchQuery { Text = "\"Lavrov assured\"", Scope = SearchScope.Quotes });

        var hit = Assert.Single(hits);
        var text = Seeds.Text("002");
        Assert.Equal("Lavrov\u00A0assured", text.Substring(hit.Start!.Value, hit.End!.Value - hit.Start.Value));
    }

    /// <summary>Every word of every seed quote, searched: each hit's offsets hold the snippet's first match, and the word.</summary>
    [Fact]
    public async Task SearchAsync_AnyWordOfTheSeeds_OffsetsAlwaysHoldTheSnippetsFirstMatch()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in await Store.GetSourcesAsync())
        {
            texts[source.Id] = source.Text!;
        }

        var words = texts.Values.SelectMany(t => t.Split([' ', '\n', '\u00A0', ',', '.', '“', '”', '’', '(', ')', ':', ';', '"', '\''], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 3 && w.All(char.IsLetter)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).Where((_, i) => i % 7 == 0).ToList();
        Assert.True(words.Count > 100);
        var checkedHits = 0;
        foreach (var word in words)
        {
            foreach (var hit in await Store.SearchAsync(new SearchQuery { Text = word, Scope = SearchScope.Quotes | SearchScope.SourceTexts, Limit = 1000 }))
            {
                var matched = texts[hit.SourceId!].Substring(hit.Start!.Value, hit.End!.Value - hit.Start.Value);
                var bold = hit.Snippet.Split("**")[1];
                Assert.Equal(TextFolding.FoldName(word), TextFolding.FoldName(matched));
                Assert.Equal(TextFolding.FoldName(bold), TextFolding.FoldName(matched));
                checkedHits++;
            }
        }

        Assert.True(checkedHits > 500, $"only {checkedHits} hits checked");
    }

    [Fact]
    public async Task SearchAsync_Phrase_MatchesTheWordsInThatOrderOnly()
    {
        var phrase = await Store.SearchAsync(new SearchQuery { Text = "\"raise alarms\"" });
        var reversed = await Store.SearchAsync(new SearchQuery { Text = "\"alarms raise\"" });
        var words = await Store.SearchAsync(new SearchQuery { Text = "alarms raise" });

        Assert.NotEmpty(phrase);
        Assert.Empty(reversed);
        Assert.Equal(phrase.Select(h => h.RecordId).Order(), words.Select(h => h.RecordId).Order());
    }

    [Fact]
    public async Task SearchAsync_EveryWord_MustOccur()
    {
        var both = await Store.SearchAsync(new SearchQuery { Text = "Pashinyan Minsk", Limit = 1000 });
        var one = await Store.SearchAsync(new SearchQuery { Text = "Pashinyan", Limit = 1000 });

        Assert.NotEmpty(both);
        Assert.True(both.Count < one.Count);
        Assert.All(both, h => Assert.Contains(one, o => o.RecordId == h.RecordId));
    }

    [Fact]
    public async Task SearchAsync_CaseAndDiacritics_DoNotMatter()
    {
        var plain = await Store.SearchAsync(new SearchQuery { Text = "kasym-zomart", Limit = 1000 });
        var written = await Store.SearchAsync(new SearchQuery { Text = "Kasym-Žomart", Limit = 1000 });

        Assert.NotEmpty(plain);
        Assert.Equal(plain.Select(h => h.RecordId), written.Select(h => h.RecordId));
    }

    [Fact]
    public async Task SearchAsync_PagesOfThree_WalkTheSameHitsAsOnePage()
    {
        var all = await Store.SearchAsync(new SearchQuery { Text = "CSTO", Limit = 1000 });
        var walked = new List<SearchHit>();
        string? cursor = null;
        do
        {
            var page = await Store.SearchAsync(new SearchQuery { Text = "CSTO", Limit = 3, After = cursor });
            Assert.True(page.Count <= 3);
            walked.AddRange(page);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.True(all.Count > 10);
        Assert.Equal(all.Select(h => (h.Kind, h.RecordId)), walked.Select(h => (h.Kind, h.RecordId)));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("s1.5~9~3")]
    [InlineData("sNaN~0~1")]
    [InlineData("f12")]
    public async Task SearchAsync_CursorItDidNotReturn_IsRefusedWithArgumentException(string cursor)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.SearchAsync(new SearchQuery { Text = "CSTO", After = cursor }));

        Assert.Contains("NextCursor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_ScopeNone_ReturnsAnEmptyPage()
    {
        var hits = await Store.SearchAsync(new SearchQuery { Text = "CSTO", Scope = SearchScope.None });

        Assert.Empty(hits);
        Assert.False(hits.HasMore);
    }

    [Fact]
    public void SearchQuery_InvalidScopeOrLimit_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearchQuery { Text = "x", Scope = (SearchScope)8 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearchQuery { Text = "x", Limit = 0 });
        Assert.Throws<ArgumentNullException>(() => new SearchQuery { Text = null! });
    }
}
