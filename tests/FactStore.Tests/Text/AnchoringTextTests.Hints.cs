using FactStore.Tests.Support;

namespace FactStore.Tests.Text;

public partial class AnchoringTextTests
{
    private const string Twice = "The CSTO met. Then the CSTO met again.";
    private const string Thrice = "A said yes now. B said yes again. A said yes again.";

    [Fact]
    public void Locate_RepeatedQuoteWithASuffix_TheSuffixChooses()
    {
        var text = new AnchoringText(Twice);

        var first = text.Locate("CSTO met", suffix: ". Then");
        var second = text.Locate("CSTO met", suffix: "again.");

        Assert.Equal((4, CitationAnchor.Exact), (first.Start, first.Anchor));
        Assert.Equal((23, CitationAnchor.Exact), (second.Start, second.Anchor));
    }

    [Fact]
    public void Locate_PrefixAndSuffixEachAmbiguous_TogetherChooseThePlaceWithBoth()
    {
        var text = new AnchoringText(Thrice);

        var byPrefix = text.Locate("said yes", prefix: "A");
        var bySuffix = text.Locate("said yes", suffix: "again");
        var byBoth = text.Locate("said yes", prefix: "A", suffix: "again");

        Assert.Equal(AnchoringFailure.Ambiguous, byPrefix.Failure);
        Assert.Equal(AnchoringFailure.Ambiguous, bySuffix.Failure);
        Assert.Equal((36, CitationAnchor.Exact), (byBoth.Start, byBoth.Anchor));
    }

    [Fact]
    public void Locate_PrefixAndSuffixPointingToDifferentPlaces_IsAmbiguous()
    {
        var found = new AnchoringText(Thrice).Locate("said yes", prefix: "B", suffix: "now");

        Assert.False(found.IsFound);
        Assert.Equal(AnchoringFailure.Ambiguous, found.Failure);
    }

    [Fact]
    public void Locate_RepeatedQuote_ListsTheCandidatesAndAHintForEach()
    {
        var text = new AnchoringText(Twice);

        var ambiguous = text.Locate("CSTO met");

        Assert.Equal(AnchoringFailure.Ambiguous, ambiguous.Failure);
        Assert.Equal([4, 23], ambiguous.CandidateStarts);
        Assert.Contains("at 4 and 23", ambiguous.Reason, StringComparison.Ordinal);
        Assert.Contains("prefix \"The\" for 4", ambiguous.Reason, StringComparison.Ordinal);
        Assert.Contains("prefix \"the\" for 23", ambiguous.Reason, StringComparison.Ordinal);
        Assert.Equal(23, text.Locate("CSTO met", prefix: "the").Start);
    }

    [Fact]
    public void Locate_PlacesWithTheSameWordsBefore_HintsASuffix()
    {
        var found = new AnchoringText("a b c He said yes. a b c He said yes again.").Locate("He said yes");

        Assert.Contains("suffix \".\" for 6", found.Reason, StringComparison.Ordinal);
        Assert.Contains("prefix \"yes. a b c\" for 25", found.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_QuoteOccurringOnce_ListsItsOnePlace()
    {
        var found = new AnchoringText(TestRecords.ArticleText).Locate("President Tokaev said");

        Assert.Equal([19], found.CandidateStarts);
        Assert.Equal(AnchoringFailure.None, found.Failure);
        Assert.Null(found.Reason);
    }

    [Fact]
    public void Locate_SuffixThatContradictsTheOnlyPlace_IsRelocated()
    {
        var text = new AnchoringText(TestRecords.ArticleText);

        var contradicted = text.Locate("President Tokaev said", prefix: "(AsiaNews) -", suffix: "nothing like this");
        var agreeing = text.Locate("President Tokaev said", prefix: "(AsiaNews) -", suffix: ": \u201Cthere");

        Assert.Equal(CitationAnchor.Relocated, contradicted.Anchor);
        Assert.Equal(CitationAnchor.Exact, agreeing.Anchor);
    }

    [Fact]
    public void Locate_StartHintContradictedBySuffix_TheSuffixChoosesAndItIsRelocated()
    {
        var found = new AnchoringText(Twice).Locate("CSTO met", startHint: 22, suffix: "again");

        Assert.Equal((23, CitationAnchor.Relocated), (found.Start, found.Anchor));
    }

    [Fact]
    public void Locate_BlankQuote_IsNotFoundAsBlank()
    {
        var found = new AnchoringText(Twice).Locate(" \n");

        Assert.Equal(AnchoringFailure.BlankQuote, found.Failure);
    }
}
