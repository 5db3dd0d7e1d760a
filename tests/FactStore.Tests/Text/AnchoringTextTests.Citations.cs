using FactStore.Tests.Support;

namespace FactStore.Tests.Text;

public partial class AnchoringTextTests
{
    [Fact]
    public void CitationAt_Offsets_TakesTheQuoteAndContextFromTheText()
    {
        var text = new AnchoringText(TestRecords.Article);
        var start = TestRecords.ArticleText.IndexOf("President Tokaev", StringComparison.Ordinal);

        var citation = text.CitationAt(start, start + "President Tokaev".Length);

        Assert.Equal("President Tokaev", citation.Quote);
        Assert.Equal((start, start + 16), (citation.Start, citation.End));
        Assert.Equal("Minsk (AsiaNews) - ", citation.Prefix);
        Assert.Equal(TestRecords.ArticleText.Substring(start + 16, 32), citation.Suffix);
        Assert.Equal(CitationAnchor.Exact, citation.Anchor);
        Assert.Equal(TestRecords.Article.ContentHash, citation.SourceContentHash);
        Assert.Equal(citation, text.Anchor(new Citation { Start = start, End = start + 16 }));
    }

    [Fact]
    public void CitationAt_SpanWithWhiteSpaceAtItsEnds_LeavesItOut()
    {
        var citation = new AnchoringText(Twice).CitationAt(3, 9);

        Assert.Equal(("CSTO", 4, 8), (citation.Quote, citation.Start, citation.End));
    }

    [Theory]
    [InlineData(-1, 3, "start")]
    [InlineData(0, 39, "end")]
    [InlineData(8, 4, "end")]
    public void CitationAt_OffsetsOutOfRange_Throw(int start, int end, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AnchoringText(Twice).CitationAt(start, end));

        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData(4, 4, "nothing")]
    [InlineData(8, 9, "only white space")]
    [InlineData(5, 8, "cut a word")]
    [InlineData(4, 7, "cut a word")]
    public void CitationAt_NothingToQuoteOrAWordCut_Throws(int start, int end, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new AnchoringText(Twice).CitationAt(start, end));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CitationAt_OffsetsInsideASurrogatePair_Throw()
    {
        var text = new AnchoringText("Wow \uD83D\uDE00 twice.");

        var cutEnd = Assert.Throws<ArgumentException>(() => text.CitationAt(0, 5));
        var cutStart = Assert.Throws<ArgumentException>(() => text.CitationAt(5, 12));

        Assert.Contains("surrogate pair", cutEnd.Message, StringComparison.Ordinal);
        Assert.Equal("end", cutEnd.ParamName);
        Assert.Equal("start", cutStart.ParamName);
        Assert.Equal("Wow \uD83D\uDE00", text.CitationAt(0, 6).Quote);
    }

    [Fact]
    public void Anchor_Quote_ReturnsTheStoredCitationWithTheLocator()
    {
        var text = new AnchoringText(TestRecords.Article);

        var anchored = text.Anchor(new Citation { Quote = "said: \"there is no need to constantly raise alarms\"", Locator = "p. 1" });

        Assert.Equal(CitationAnchor.Typography, anchored.Anchor);
        Assert.Equal("said: \u201Cthere is no need to constantly raise alarms\u201D", anchored.Quote);
        Assert.Equal(TestRecords.ArticleText[anchored.Start!.Value..anchored.End!.Value], anchored.Quote);
        Assert.Equal("p. 1", anchored.Locator);
        Assert.Equal(TestRecords.Article.ContentHash, anchored.SourceContentHash);
    }

    [Fact]
    public void Anchor_RepeatedQuote_ThrowsWithTheReason()
    {
        var text = new AnchoringText(Twice);

        var error = Assert.Throws<CitationNotFoundException>(() => text.Anchor(new Citation { Quote = "CSTO met" }));

        Assert.Equal(text.SourceId, error.SourceId);
        Assert.Equal("CSTO met", error.Quote);
        Assert.Equal(text.Locate("CSTO met").Reason, error.Reason);
        Assert.Equal(23, text.Anchor(new Citation { Quote = "CSTO met", Suffix = "again" }).Start);
    }

    [Fact]
    public void Anchor_NeitherQuoteNorBothOffsets_Throws()
    {
        var text = new AnchoringText(Twice);

        Assert.Throws<ArgumentException>(() => text.Anchor(new Citation { Locator = "p. 3" }));
        Assert.Throws<ArgumentException>(() => text.Anchor(new Citation { Start = 4 }));
    }

    [Fact]
    public void New_SourceWithoutText_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AnchoringText(new Source { Locators = ["https://example.org/a"] }));
        Assert.Throws<ArgumentException>(() => new AnchoringText(" "));
        Assert.Equal(new Source { Text = Twice }.Id, new AnchoringText(Twice).SourceId);
    }
}
