using FactStore.Searching;
using FactStore.Sqlite.Coordination;
using FactStore.Sqlite.Search;
using FactStore.Sqlite.Schema;
using FactStore.Sqlite;
using FactStore.Engines;

namespace FactStore.Tests.Searching;

public class SearchTextTests
{
    [Theory]
    [InlineData("CSTO summit", new[] { "CSTO", "summit" })]
    [InlineData("  CSTO \t\n summit  ", new[] { "CSTO", "summit" })]
    [InlineData("\"raise alarms\" Tokaev", new[] { "raise alarms", "Tokaev" })]
    [InlineData("\u201Craise  alarms\u201D", new[] { "raise  alarms" })]
    [InlineData("\u00ABraise alarms\u00BB", new[] { "raise alarms" })]
    [InlineData("\"raise alarms", new[] { "raise alarms" })]
    [InlineData("Kasym-Žomart Tokayev's", new[] { "Kasym-Žomart", "Tokayev's" })]
    [InlineData("\"NEAR(", new[] { "NEAR(" })]
    [InlineData("NEAR(CSTO, 2)", new[] { "NEAR(CSTO,", "2)" })]
    [InlineData("CSTO* -Minsk", new[] { "CSTO*", "-Minsk" })]
    [InlineData("a\0b", new[] { "a", "b" })]
    [InlineData("* - ' \" ( ) 😀", new string[0])]
    [InlineData("", new string[0])]
    [InlineData("\uD800 \uDC00", new string[0])]
    [InlineData("\"\"", new string[0])]
    public void Phrases_UserText_AreItsWordsAndQuotedPhrases(string text, string[] phrases) =>
        Assert.Equal(phrases, SearchText.Phrases(text));

    [Fact]
    public void Match_Phrases_AreQuotedFts5StringsWithQuotesDoubled() =>
        Assert.Equal("\"NEAR(\" \"a\"\"b\" \"raise alarms\"", SqliteSearch.Match(["NEAR(", "a\"b", "raise alarms"]));

    [Theory]
    [InlineData(1.5, SearchHitKind.Quote, 42L)]
    [InlineData(-0.000001234567890123, SearchHitKind.SourceText, 1L)]
    [InlineData(0.1 + 0.2, SearchHitKind.Statement, long.MaxValue)]
    public void SearchCursor_RoundTripsExactly(double score, SearchHitKind kind, long seq)
    {
        var cursor = new SearchCursor(score, kind, seq);

        Assert.Equal(cursor, SearchCursor.Parse(cursor.ToString(), "after"));
    }
}
