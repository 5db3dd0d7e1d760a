using System.Text;
using System.Text.RegularExpressions;
using FactStore.PostgreSql.Search;
using FactStore.Searching.Fts5;

namespace FactStore.Tests.Engines;

/// <summary>How the PostgreSQL engine cuts a row's tokens into tsvectors PostgreSQL accepts, losing none.</summary>
public partial class SearchPartsTests
{
    [Fact]
    public void Of_ALongTextWithCommonWords_StaysWithinTheLimitsAndHoldsEveryTokenOnce()
    {
        var random = new Random(5);
        string[] words = ["the", "of", "csto", "minsk", "tokayev", "army", "treaty"];
        var tokens = Enumerable.Range(0, 60_000).Select(i => i % 3 == 0 ? "the" : words[random.Next(words.Length)] + (i % 7 == 0 ? i.ToString("D", null) : "")).ToList();

        var parts = SearchParts.Of(tokens.Select((t, i) => new Fts5Token(t, i, i + 1))).ToList();

        Assert.True(parts.Count > 10, $"only {parts.Count} parts");
        var own = new List<string>();
        foreach (var part in parts)
        {
            var positions = Positions(part.Words);
            Assert.All(positions.Values, p => Assert.True(p.Count <= SearchParts.MaxLexemePositions));
            Assert.True(positions.Values.SelectMany(p => p).Max() <= SearchParts.MaxPositions);
            var sequence = positions.SelectMany(p => p.Value.Select(at => (at, p.Key))).OrderBy(p => p.at).Select(p => p.Key).ToList();
            Assert.Equal(Enumerable.Range(1, part.Lead + part.Tokens), positions.SelectMany(p => p.Value).Order());
            Assert.Equal(part.Part == 0 ? 0 : SearchParts.Overlap, part.Lead);
            Assert.Equal(own.TakeLast(part.Lead), sequence.Take(part.Lead));
            own.AddRange(sequence.Skip(part.Lead));
        }

        Assert.Equal(tokens, own);
        Assert.Equal(Enumerable.Range(0, parts.Count), parts.Select(p => p.Part));
    }

    [Fact]
    public void Of_QuotesAndBackslashes_AreEscapedForTsvectorsTextForm()
    {
        var part = Assert.Single(SearchParts.Of([new Fts5Token("it's", 0, 4), new Fts5Token("a\\b", 5, 8), new Fts5Token("it's", 9, 13)]));

        Assert.Equal("'it''s':1,3 'a\\\\b':2", part.Words);
        Assert.Equal((0, 3), (part.Lead, part.Tokens));
    }

    [Fact]
    public void Of_NoTokens_IsNoPart() => Assert.Empty(SearchParts.Of([]));

    [Fact]
    public void Lexeme_ATermOver2046Bytes_IsItsBeginningAndAHashThatTellsTermsApart()
    {
        var term = new string('ж', 1500);
        var other = term[..^1] + "з";

        var (lexeme, another) = (SearchLexeme.Of(term), SearchLexeme.Of(other));

        Assert.True(Encoding.UTF8.GetByteCount(lexeme) <= SearchLexeme.MaxBytes);
        Assert.StartsWith(term[..900], lexeme, StringComparison.Ordinal);
        Assert.NotEqual(lexeme, another);
        Assert.Equal("csto", SearchLexeme.Of("csto"));
    }

    /// <summary>Each lexeme's positions, read back from the text form (the test's lexemes need no escaping).</summary>
    private static Dictionary<string, List<int>> Positions(string words) => Lexeme().Matches(words)
        .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Split(',').Select(int.Parse).ToList());

    [GeneratedRegex("'([^']*)':([0-9,]+)")]
    private static partial Regex Lexeme();
}
