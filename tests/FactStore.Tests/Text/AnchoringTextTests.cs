using FactStore.Tests.Support;

namespace FactStore.Tests.Text;

public partial class AnchoringTextTests
{
    [Fact]
    public void Locate_ExactQuote_IsExactWithOffsets()
    {
        var text = new AnchoringText(TestRecords.ArticleText);

        var found = text.Locate("President Tokaev said");

        Assert.True(found.IsFound);
        Assert.Equal(CitationAnchor.Exact, found.Anchor);
        Assert.Equal("President Tokaev said", TestRecords.ArticleText[found.Start..found.End]);
    }

    [Fact]
    public void Locate_StraightQuotesForCurlyOnes_MatchesWithTypographyAndReturnsSourceCharacters()
    {
        var text = new AnchoringText(TestRecords.ArticleText);

        var found = text.Locate("said: \"there is no need to constantly raise alarms\"");

        Assert.Equal(CitationAnchor.Typography, found.Anchor);
        Assert.Equal("said: \u201Cthere is no need to constantly raise alarms\u201D", TestRecords.ArticleText[found.Start..found.End]);
    }

    [Fact]
    public void Locate_PlainSpaceForNonBreakingSpace_Matches()
    {
        var found = new AnchoringText(TestRecords.ArticleText).Locate("The CSTO summit ended");

        Assert.Equal(CitationAnchor.Typography, found.Anchor);
        Assert.Equal("The CSTO\u00A0summit ended", TestRecords.ArticleText[found.Start..found.End]);
    }

    [Fact]
    public void Locate_QuoteAcrossALineBreak_MatchesAsOneSpace()
    {
        var found = new AnchoringText(TestRecords.ArticleText).Locate("alarms\u201D. The CSTO");

        Assert.True(found.IsFound);
        Assert.Equal("alarms\u201D.\nThe CSTO", TestRecords.ArticleText[found.Start..found.End]);
    }

    [Theory]
    [InlineData("president Tokaev said")]
    [InlineData("President Tokayev said")]
    [InlineData("President Tokaev said that")]
    [InlineData("no need to raise alarms")]
    public void Locate_AnyOtherDifference_IsNotFound(string quote)
    {
        var found = new AnchoringText(TestRecords.ArticleText).Locate(quote);

        Assert.False(found.IsFound);
        Assert.Contains("not in the text", found.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resident Tokaev said")]
    [InlineData("President Tokaev sa")]
    public void Locate_QuoteCutOutOfWords_IsRefused(string quote)
    {
        var found = new AnchoringText(TestRecords.ArticleText).Locate(quote);

        Assert.False(found.IsFound);
        Assert.Contains("word boundaries", found.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_StartHintThatDisagrees_IsMarkedRelocated()
    {
        var text = new AnchoringText(TestRecords.ArticleText);

        var found = text.Locate("President Tokaev said", startHint: 90);

        Assert.True(found.IsFound);
        Assert.Equal(CitationAnchor.Relocated, found.Anchor);
        Assert.Equal(19, found.Start);
        Assert.Equal(CitationAnchor.Exact, text.Locate("President Tokaev said", startHint: 19).Anchor);
    }

    [Fact]
    public void Locate_ExactAndTypographicOccurrences_AreAmbiguousWithoutAHint()
    {
        var text = new AnchoringText("He said \"yes\". She said \u201Cyes\u201D.");

        var ambiguous = text.Locate("said \"yes\"");
        var second = text.Locate("said \"yes\"", startHint: 19);

        Assert.False(ambiguous.IsFound);
        Assert.Equal((19, CitationAnchor.Typography), (second.Start, second.Anchor));
    }

    [Fact]
    public void Locate_HintsThatDisagreeWithTheChosenPlace_AreRelocated()
    {
        var text = new AnchoringText("The CSTO met. Then the CSTO met again.");

        var wrongStartRightPrefix = text.Locate("CSTO met", startHint: 22, prefix: "Then the");
        var wrongPrefixSingle = text.Locate("met again", prefix: "Before");

        Assert.Equal((23, CitationAnchor.Relocated), (wrongStartRightPrefix.Start, wrongStartRightPrefix.Anchor));
        Assert.Equal(CitationAnchor.Relocated, wrongPrefixSingle.Anchor);
        Assert.Equal(CitationAnchor.Exact, text.Locate("met again", prefix: "CSTO").Anchor);
    }

    [Theory]
    [InlineData("cafe")]
    [InlineData("Wow \uD83D")]
    public void Locate_QuoteSplittingACharacter_IsRefused(string quote)
    {
        var text = new AnchoringText("The cafe\u0301 said Wow \uD83D\uDE00 twice.");

        Assert.False(text.Locate(quote).IsFound);
    }

    [Fact]
    public void PrefixSuffix_NeverSplitASurrogatePair()
    {
        var text = new AnchoringText(new string('a', 30) + "\uD83D\uDE00" + "quote here" + "\uD83D\uDE00" + new string('b', 29));
        var found = text.Locate("quote here");

        Assert.False(char.IsLowSurrogate(found.Citation!.Prefix![0]));
        Assert.False(char.IsHighSurrogate(found.Citation.Suffix![^1]));
    }

    [Fact]
    public void Locate_RepeatedQuote_NeedsAHint()
    {
        var text = new AnchoringText("The CSTO met. Then the CSTO met again.");

        var ambiguous = text.Locate("CSTO met");
        var byStart = text.Locate("CSTO met", startHint: 23);
        var byPrefix = text.Locate("CSTO met", prefix: "Then the");

        Assert.False(ambiguous.IsFound);
        Assert.Contains("occurs 2 times", ambiguous.Reason, StringComparison.Ordinal);
        Assert.Equal(23, byStart.Start);
        Assert.Equal(23, byPrefix.Start);
    }

    [Fact]
    public void Locate_SeedWithTypographicApostrophe_FindsStraightApostropheQuote()
    {
        var seed = Seeds.Text("000");

        var found = new AnchoringText(seed).Locate("the significance of Tokayev's move with the native language");

        Assert.True(found.IsFound);
        Assert.Equal(CitationAnchor.Typography, found.Anchor);
        Assert.Equal("the significance of Tokayev\u2019s move with the native language", seed[found.Start..found.End]);
    }

    [Fact]
    public void Locate_RepeatedHeadlineInSeed_IsAmbiguousWithoutAHint()
    {
        var found = new AnchoringText(Seeds.Text("000")).Locate("Moscow Gets Significance Of Tokayev's Move");

        Assert.False(found.IsFound);
        Assert.Contains("occurs 2 times", found.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PrefixSuffix_AreUpTo32CharactersAroundTheQuote()
    {
        var text = new AnchoringText(TestRecords.ArticleText);
        var found = text.Locate("President Tokaev said");

        Assert.Equal("Minsk (AsiaNews) - ", found.Citation!.Prefix);
        Assert.Equal(32, found.Citation.Suffix!.Length);
    }
}
