using FactStore.Citations;

namespace FactStore.Tests.Citations;

/// <summary>Markdown from store text: quotes, names and titles cannot become markup.</summary>
public class MarkdownEscapeTests
{
    [Theory]
    [InlineData("*bold* _em_ `code`", @"\*bold\* \_em\_ \`code\`")]
    [InlineData("[link](https://x) ![img](y) [^1]", @"\[link\](https://x) !\[img\](y) \[\^1\]")]
    [InlineData("<b>x</b> &amp; a|b ~~s~~ $x$ @key \\", @"\<b\>x\</b\> \&amp; a\|b \~\~s\~\~ \$x\$ \@key \\")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("2022. A year, not a list", @"2022\. A year, not a list")]
    [InlineData("1) first", @"1\) first")]
    [InlineData("line\n+ two\n3. three", "line\n\\+ two\n3\\. three")]
    [InlineData("Kassym-Jomart 2022. ok", "Kassym-Jomart 2022. ok")]
    public void Text_MarkdownSyntax_IsEscaped(string text, string expected) => Assert.Equal(expected, MarkdownEscape.Text(text));

    [Fact]
    public void Format_MarkdownQuoteWithSpecialCharacters_StaysTextAndKeepsItsFootnote()
    {
        var source = new Source { Locators = ["https://example.org/a_b"], Title = "*Breaking*: [CSTO] <news>", Publisher = "AsiaNews" };
        var holder = new Entity { Label = "Dr_Who & Co", Kind = EntityKind.Person };

        var markdown = CitationWriter.Format(CitedStances.Of(source, "It's *not* [a link](x) and __not__ bold\n# nor a heading", holder), CitationFormat.Markdown);

        Assert.Equal(
            "> Dr\\_Who \\& Co: “It's \\*not\\* \\[a link\\](x) and \\_\\_not\\_\\_ bold # nor a heading”[^1]\n"
            + "\n"
            + "[^1]: AsiaNews. “\\*Breaking\\*: \\[CSTO\\] \\<news\\>.” n.d. <https://example.org/a_b>.",
            markdown);
    }
}
