using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Searching;

/// <summary>Whatever a user types, search never fails and never reads it as query syntax or SQL.</summary>
public class SearchAsyncHostileTextTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    private FactStoreDatabase Store => seeded.Store;

    public static TheoryData<string> Hostile => new()
    {
        "\"NEAR(",
        "NEAR(CSTO Minsk, 2)",
        "*",
        "CSTO*",
        "-",
        "-CSTO",
        "'",
        "\"",
        "\"\"\"\"",
        "\"CSTO",
        "CSTO\"",
        "AND OR NOT",
        "CSTO OR NATO",
        "'; DROP TABLE facts; --",
        "\"; DROP TABLE facts; --",
        "statement: CSTO",
        "{statement quote}: CSTO",
        "^CSTO",
        "(CSTO)",
        "CSTO + Minsk",
        "",
        " ",
        "\t\n\u00A0\u2003",
        "😀",
        "CSTO 😀",
        "\uD800",
        "\uDC00CSTO",
        "CSTO\uD83D",
        "\0",
        "CS\0TO",
        "\u0301",
        "\uFDD0CSTO\uFDD1",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task SearchAsync_HostileText_NeverThrowsInAnyScope(string text)
    {
        foreach (var scope in new[] { SearchScope.All, SearchScope.Statements, SearchScope.Quotes, SearchScope.SourceTexts })
        {
            var hits = await Store.SearchAsync(new SearchQuery { Text = text, Scope = scope });

            Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.Snippet)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("😀 🙂")]
    [InlineData("\uD800")]
    [InlineData("\0")]
    [InlineData("( ) * ^ : { }")]
    public async Task SearchAsync_TextWithoutAWord_ReturnsAnEmptyPage(string text)
    {
        var hits = await Store.SearchAsync(new SearchQuery { Text = text });

        Assert.Empty(hits);
        Assert.Null(hits.NextCursor);
    }

    [Fact]
    public async Task SearchAsync_SqlInTheText_IsSearchedAsWordsAndChangesNothing()
    {
        var before = (await Store.FindFactsAsync(new FactQuery())).Count;

        var hits = await Store.SearchAsync(new SearchQuery { Text = "'; DROP TABLE facts; --" });

        Assert.Empty(hits);
        Assert.Equal(before, (await Store.FindFactsAsync(new FactQuery())).Count);
    }

    [Theory]
    [InlineData("-CSTO", "CSTO")]
    [InlineData("CSTO*", "CSTO")]
    [InlineData("NEAR(CSTO Minsk)", "near CSTO Minsk")]
    [InlineData("CSTO AND Minsk", "CSTO and Minsk")]
    [InlineData("statement: CSTO", "statement CSTO")]
    [InlineData("\"CSTO", "CSTO")]
    [InlineData("CSTO 😀", "CSTO")]
    public async Task SearchAsync_Operators_AreOnlyTheWordsTheyHold(string text, string words)
    {
        var hostile = await Store.SearchAsync(new SearchQuery { Text = text, Limit = 1000 });
        var plain = await Store.SearchAsync(new SearchQuery { Text = words, Limit = 1000 });

        Assert.Equal(plain.Select(h => h.RecordId), hostile.Select(h => h.RecordId));
    }

    [Fact]
    public async Task SearchAsync_OrBetweenWords_IsTheWordOrNotAnAlternative()
    {
        var or = await Store.SearchAsync(new SearchQuery { Text = "Pashinyan OR Lukashenka", Limit = 1000 });
        var words = await Store.SearchAsync(new SearchQuery { Text = "pashinyan lukashenka or", Limit = 1000 });
        var lukashenka = await Store.SearchAsync(new SearchQuery { Text = "Lukashenka", Limit = 1000 });
        var pashinyan = await Store.SearchAsync(new SearchQuery { Text = "Pashinyan", Limit = 1000 });

        Assert.NotEmpty(or);
        Assert.Equal(words.Select(h => h.RecordId), or.Select(h => h.RecordId));
        Assert.All(or, h => Assert.Contains(lukashenka, l => l.RecordId == h.RecordId));
        Assert.Contains(pashinyan, p => !or.Any(h => h.RecordId == p.RecordId));
    }

    [Fact]
    public async Task SearchAsync_TenThousandCharacters_AnswersWithoutFailing()
    {
        var words = string.Join(' ', Enumerable.Repeat("CSTO", 2000));
        var noise = new string('"', 10_000);
        var mixed = string.Concat(Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? "NEAR(\"*" : "x- 'y'"));

        Assert.NotEmpty(await Store.SearchAsync(new SearchQuery { Text = words }));
        Assert.Empty(await Store.SearchAsync(new SearchQuery { Text = noise }));
        Assert.Empty(await Store.SearchAsync(new SearchQuery { Text = mixed }));
    }

    /// <summary>Random strings of syntax characters, words, quotes, surrogates and controls: never a failure.</summary>
    [Fact]
    public async Task SearchAsync_RandomHostileText_NeverThrows()
    {
        string[] pieces = ["\"", "'", "*", "-", "+", "^", ":", "(", ")", "{", "}", "NEAR", "AND", "OR", "NOT", "CSTO", "Minsk", ";", "--", " ", "\u00A0",
            "\u201C", "\u201D", "\uD800", "\uDFFF", "😀", "\0", "\n", "é", "Žomart", "DROP TABLE facts", "%", "_", "\\", "\uFDD0", "\uFDD2"];
        var random = new Random(12);
        for (var i = 0; i < 300; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var hits = await Store.SearchAsync(new SearchQuery { Text = text.ToString(), Limit = 5 });

            Assert.True(hits.Count <= 5);
        }
    }
}
