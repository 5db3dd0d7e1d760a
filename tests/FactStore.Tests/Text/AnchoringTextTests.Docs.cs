using System.Runtime.CompilerServices;
using FactStore.Tests.Support;

namespace FactStore.Tests.Text;

/// <summary>The example in docs/anchoring.md runs, and the page shows exactly the code that runs.</summary>
public partial class AnchoringTextTests
{
    [Fact]
    public void DocsExample_Runs()
    {
        // docs/anchoring.md example: begin
        var source = new Source
        {
            Text = "The CSTO met in Minsk. President Tokayev said: \u201Cthere is no need to raise alarms\u201D. Then the CSTO met again.",
            Locators = ["https://example.org/summit"],
        };
        var text = new AnchoringText(source); // once per source text, reused for all its quotes

        // Preview: where a quote anchors, or why it does not.
        QuoteAnchoring preview = text.Locate("CSTO met");
        // preview.IsFound == false, preview.CandidateStarts == [4, 92], preview.Reason ==
        // the quote occurs 2 times, at 4 and 92: give its start offset, or a prefix or suffix that tells which (prefix "The" for 4, prefix "the" for 92)

        // The citation the store will keep: a start, a prefix or a suffix chooses among places,
        // and typography is folded (straight quotes match the source's curly ones).
        Citation again = text.Anchor(new Citation { Quote = "CSTO met", Suffix = "again" });
        Citation said = text.Anchor(new Citation { Quote = "said: \"there is no need to raise alarms\"" });
        // again.Start == 92; said.Anchor == CitationAnchor.Typography, said.Quote has the curly quotes

        // Offsets alone (a TextPositionSelector, a regex match, a parser's span): the quote is taken from the text.
        var start = text.Text.IndexOf("President", StringComparison.Ordinal);
        Citation byOffsets = text.CitationAt(start, start + "President Tokayev".Length);
        // byOffsets.Quote == "President Tokayev", byOffsets.Anchor == CitationAnchor.Exact
        // docs/anchoring.md example: end

        Assert.False(preview.IsFound);
        Assert.Equal([4, 92], preview.CandidateStarts);
        Assert.Equal("the quote occurs 2 times, at 4 and 92: give its start offset, or a prefix or suffix that tells which (prefix \"The\" for 4, prefix \"the\" for 92)", preview.Reason);
        Assert.Equal(92, again.Start);
        Assert.Equal(CitationAnchor.Typography, said.Anchor);
        Assert.Equal("said: \u201Cthere is no need to raise alarms\u201D", said.Quote);
        Assert.Equal(("President Tokayev", CitationAnchor.Exact), (byOffsets.Quote, byOffsets.Anchor));
    }

    [Fact]
    public void DocsPage_ShowsTheExampleAsCompiled()
    {
        var example = RepositoryFolder.Example(ThisFile(), "docs/anchoring.md example", indent: 8);

        var page = File.ReadAllText(Path.Combine(RepositoryFolder.Root(), "docs", "anchoring.md")).ReplaceLineEndings("\n");

        Assert.Contains(example, page, StringComparison.Ordinal);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
