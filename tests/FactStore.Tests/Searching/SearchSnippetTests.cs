using FactStore.Searching;

namespace FactStore.Tests.Searching;

public class SearchSnippetTests
{
    private const char Open = SearchSnippet.MatchStart;
    private const char Close = SearchSnippet.MatchEnd;
    private const char Cut = SearchSnippet.Cut;

    [Fact]
    public void Read_MarkedSnippet_ShowsMatchesInBoldAndLocatesTheFirstInTheText()
    {
        const string text = "Minsk - President Tokaev said:\n\u201Cthere is no need to constantly\u00A0raise alarms\u201D, and raise alarms again.";
        var marked = $"{Cut}need to constantly\u00A0{Open}raise alarms{Close}\u201D, and {Open}raise alarms{Close}{Cut}";

        var (snippet, start, end) = SearchSnippet.Read(marked, text);

        Assert.Equal("…need to constantly **raise alarms**”, and **raise alarms**…", snippet);
        Assert.Equal("raise alarms", text[start!.Value..end!.Value]);
        Assert.Equal(text.IndexOf("raise alarms", StringComparison.Ordinal), start);
    }

    [Fact]
    public void Read_WithoutText_HasNoOffsets()
    {
        var (snippet, start, end) = SearchSnippet.Read($"a {Open}b{Close}", null);

        Assert.Equal("a **b**", snippet);
        Assert.Null(start);
        Assert.Null(end);
    }

    [Fact]
    public void Read_SnippetNotInTheText_HasNoOffsets()
    {
        var (_, start, end) = SearchSnippet.Read($"a {Open}b{Close}", "something else");

        Assert.Null(start);
        Assert.Null(end);
    }
}
