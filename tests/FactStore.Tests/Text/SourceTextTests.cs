using FactStore.Tests.Support;
using FactStore.Text;

namespace FactStore.Tests.Text;

public class SourceTextTests
{
    [Fact]
    public void Locate_ExactQuote_IsExactWithOffsets()
    {
        var text = new SourceText(TestRecords.ArticleText);

        var found = text.Locate("President Tokaev said");

        Assert.True(found.Found);
        Assert.Equal(CitationAnchor.Exact, found.Anchor);
        Assert.Equal("President Tokaev said", TestRecords.ArticleText[found.Start..found.End]);
    }

    [Fact]
    public void Locate_StraightQuotesForCurlyOnes_MatchesWithTypographyAndReturnsSourceCharacters()
    {
        var text = new SourceText(TestRecords.ArticleText);

        var found = text.Locate("said: \"there is no need to constantly raise alarms\"");

        Assert.Equal(CitationAnchor.Typography, found.Anchor);
        Assert.Equal("said: \u201Cthere is no need to constantly raise alarms\u201D", TestRecords.ArticleText[found.Start..found.End]);
    }

    [Fact]
    public void Locate_PlainSpaceForNonBreakingSpace_Matches()
    {
        var found = new SourceText(TestRecords.ArticleText).Locate("The CSTO summit ended");

        Assert.Equal(CitationAnchor.Typography, found.Anchor);
        Assert.Equal("The CSTO\u00A0summit ended", TestRecords.ArticleText[found.Start..found.End]);
    }

    [Fact]
    public void Locate_QuoteAcrossALineBreak_MatchesAsOneSpace()
    {
        var found = new SourceText(TestRecords.ArticleText).Locate("alarms\u201D. The CSTO");

        Assert.True(found.Found);
        Assert.Equal("alarms\u201D.\nThe CSTO", TestRecords.ArticleText[found.Start..found.End]);
    }

    [Theory]
    [InlineData("president Tokaev said")]
    [InlineData("President Tokayev said")]
    [InlineData("President Tokaev said that")]
    [InlineData("no need to raise alarms")]
    public void Locate_AnyOtherDifference_IsNotFound(string quote)
    {
        var found = new SourceText(TestRecords.ArticleText).Locate(quote);

        Assert.False(found.Found);
        Assert.Contains("not in the text", found.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resident Tokaev said")]
    [InlineData("President Tokaev sa")]
    public void Locate_QuoteCutOutOfWords_IsRefused(string quote)
    {
        var found = new SourceText(TestRecords.ArticleText).Locate(quote);

        Assert.False(found.Found);
        Assert.Contains("word boundaries", found.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_StartHintThatDisagrees_IsMarkedRelocated()
    {
        var text = new SourceText(TestRecords.ArticleText);

        var found = text.Locate("President Tokaev said", startHint: 90);

        Assert.True(found.Found);
        Assert.Equal(CitationAnchor.Relocated, found.Anchor);
        Assert.Equal(19, found.Start);
        Assert.Equal(CitationAnchor.Exact, text.Locate("President Tokaev said", startHint: 19).Anchor);
    }

    [Fact]
    public void Locate_ExactAndTypographicOccurrences_AreAmbiguousWithoutAHint()
    {
        var text = new SourceText("He said \"yes\". She said \u201Cyes\u201D.");

        var ambiguous = text.Locate("said \"yes\"");
        var second = text.Locate("said \"yes\"", startHint: 19);

        Assert.False(ambiguous.Found);
        Assert.Equal((19, CitationAnchor.Typography), (second.Start, second.Anchor));
    }

    [Fact]
    public void Locate_HintsThatDisagreeWithTheChosenPlace_AreRelocated()
    {
        var text = new SourceText("The CSTO met. Then the CSTO met again.");

        var wrongStartRightPrefix = text.Locate("CSTO met", startHint: 22, prefixHint: "Then the");
        var wrongPrefixSingle = text.Locate("met again", prefixHint: "Before");

        Assert.Equal((23, CitationAnchor.Relocated), (wrongStartRightPrefix.Start, wrongStartRightPrefix.Anchor));
        Assert.Equal(CitationAnchor.Relocated, wrongPrefixSingle.Anchor);
        Assert.Equal(CitationAnchor.Exact, text.Locate("met again", prefixHint: "CSTO").Anchor);
    }

    [Theory]
    [InlineData("cafe")]
    [InlineData("Wow \uD83D")]
    public void Locate_QuoteSplittingACharacter_IsRefused(string quote)
    {
        var text = new SourceText("The cafe\u0301 said Wow \uD83D\uDE00 twice.");

        Assert.False(text.Locate(quote).Found);
    }

    [Fact]
    public void PrefixSuffix_NeverSplitASurrogatePair()
    {
        var text = new SourceText(new string('a', 30) + "\uD83D\uDE00" + "quote here" + "\uD83D\uDE00" + new string('b', 29));
        var found = text.Locate("quote here");

        Assert.False(char.IsLowSurrogate(text.Prefix(found.Start)[0]));
        Assert.False(char.IsHighSurrogate(text.Suffix(found.End)[^1]));
    }

    [Fact]
    public void Locate_RepeatedQuote_NeedsAHint()
    {
        var text = new SourceText("The CSTO met. Then the CSTO met again.");

        var ambiguous = text.Locate("CSTO met");
        var byStart = text.Locate("CSTO met", startHint: 23);
        var byPrefix = text.Locate("CSTO met", prefixHint: "Then the");

        Assert.False(ambiguous.Found);
        Assert.Contains("occurs 2 times", ambiguous.Failure, StringComparison.Ordinal);
        Assert.Equal(23, byStart.Start);
        Assert.Equal(23, byPrefix.Start);
    }

    [Fact]
    public void Locate_SeedWithTypographicApostrophe_FindsStraightApostropheQuote()
    {
        var seed = Seeds.Text("000");

        var found = new SourceText(seed).Locate("the significance of Tokayev's move with the native language");

        Assert.True(found.Found);
        Assert.Equal(CitationAnchor.Typography, found.Anchor);
        Assert.Equal("the significance of Tokayev\u2019s move with the native language", seed[found.Start..found.End]);
    }

    [Fact]
    public void Locate_RepeatedHeadlineInSeed_IsAmbiguousWithoutAHint()
    {
        var found = new SourceText(Seeds.Text("000")).Locate("Moscow Gets Significance Of Tokayev's Move");

        Assert.False(found.Found);
        Assert.Contains("occurs 2 times", found.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void PrefixSuffix_AreUpTo32CharactersAroundTheQuote()
    {
        var text = new SourceText(TestRecords.ArticleText);
        var found = text.Locate("President Tokaev said");

        Assert.Equal("Minsk (AsiaNews) - ", text.Prefix(found.Start));
        Assert.Equal(32, text.Suffix(found.End).Length);
    }
}
