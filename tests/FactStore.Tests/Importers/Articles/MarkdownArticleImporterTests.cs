using System.Text;
using FactStore.Importers.Articles;

namespace FactStore.Tests.Importers.Articles;

public class MarkdownArticleImporterTests
{
    private const string Article = """
        ---
        title: "The CSTO summit in Minsk"
        date: 2024-04-30 10:00:00 +0300
        authors:
          - Jane Roe
          - John Doe
        publisher: Example News
        lang: en
        canonical_url: https://news.example.org/csto-summit
        ---
        # The CSTO *summit*

        President Tokayev said: **“there is _no need_ to
        constantly raise alarms”**, see [the speech](https://example.org/speech "Speech").
        ![A photo](photo.jpg)

        > The CSTO&nbsp;summit ended\
        > on Friday.

        - one point
        * another `code *kept*` point
        1. first step

        ```csharp
        var x = "*not emphasis*";
        ```

        | Country | Joined |
        |---------|-------:|
        | Armenia | 2002   |

        ***

        Escaped \*stars\* and snake_case_name stay; <span>tags</span> go, AT&amp;T decodes.

        [ref]: https://example.org/ref
        """;

    [Fact]
    public async Task Read_Article_KeepsWhatAReaderSees()
    {
        var source = await ReadAsync(Utf8("a.md", Article));

        Assert.Equal(
            "The CSTO summit\n\n" +
            "President Tokayev said: \u201Cthere is no need to\nconstantly raise alarms\u201D, see the speech.\n\n" +
            "The CSTO\u00A0summit ended\non Friday.\n\n" +
            "one point\nanother code *kept* point\n1. first step\n\n" +
            "var x = \"*not emphasis*\";\n\n" +
            "Country\tJoined\nArmenia\t2002\n\n" +
            "Escaped *stars* and snake_case_name stay; tags go, AT&T decodes.",
            source.Text);
    }

    [Fact]
    public async Task Read_Article_ReadsTheFrontMatter()
    {
        var source = await ReadAsync(Utf8("a.md", Article));

        Assert.Equal("The CSTO summit in Minsk", source.Title);
        Assert.Equal("2024-04-30", source.StatedDate?.ToString());
        Assert.Equal(StatedDateKind.Published, source.StatedDateKind);
        Assert.Equal(["Jane Roe", "John Doe"], source.Authors);
        Assert.Equal("Example News", source.Publisher);
        Assert.Equal("en", source.Language);
        Assert.Equal(["file:a.md", "url:https://news.example.org/csto-summit"], source.Locators.Select(l => l.ToString()));
    }

    [Theory]
    [InlineData("said: \"there is no need to constantly raise alarms\"")]
    [InlineData("The CSTO summit ended on Friday")]
    public async Task Read_QuoteCopiedFromTheRenderedArticle_Anchors(string quote)
    {
        var source = await ReadAsync(Utf8("a.md", Article));

        var found = new AnchoringText(source).Locate(quote);

        Assert.True(found.IsFound, found.Reason);
    }

    [Fact]
    public async Task Read_NoFrontMatter_TitleFromTheFirstHeading()
    {
        var source = await ReadAsync(Utf8("b.md", "Intro line\n\nThe *Title*\n=========\n\nText [with a link][ref].\n"));

        Assert.Equal("The Title", source.Title);
        Assert.Equal("Intro line\n\nThe Title\n\nText with a link.", source.Text);
        Assert.Null(source.StatedDate);
        Assert.Empty(source.Authors);
    }

    [Fact]
    public async Task Read_FrontMatterFlowListAndMonthDate_AtThePrecisionWritten()
    {
        var source = await ReadAsync(Utf8("c.md", "---\nauthor: [A. Writer, 'B. Writer']\ndate: 2024-04\n---\nBody.\n"));

        Assert.Equal(["A. Writer", "B. Writer"], source.Authors);
        Assert.Equal("2024-04", source.StatedDate?.ToString());
        Assert.Equal("Body.", source.Text);
    }

    [Fact]
    public async Task Read_DeclaredWindows1252_DecodesWithIt()
    {
        var bytes = (byte[])[.. "---\ntitle: Caf"u8, 0xE9, .. "\ncharset: windows-1252\n---\nHe said "u8, 0x93, .. "ok"u8, 0x94, .. ".\n"u8];

        var source = await ReadAsync(ImportInput.FromBytes("w.md", bytes));

        Assert.Equal("Caf\u00E9", source.Title);
        Assert.Equal("He said \u201Cok\u201D.", source.Text);
    }

    [Fact]
    public async Task Read_Utf16BigEndianWithByteOrderMark_SameSourceAsUtf8()
    {
        var bytes = (byte[])[0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Article)];

        var source = await ReadAsync(ImportInput.FromBytes("a16.md", bytes));

        Assert.Equal((await ReadAsync(Utf8("a.md", Article))).Id, source.Id);
    }

    [Fact]
    public async Task Read_UndeclaredNotUtf8_NamesTheFileLineAndOffset()
    {
        var bytes = (byte[])[.. "# Title\n\ncaf"u8, 0xE9, .. "\n"u8];

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(ImportInput.FromBytes("bad.md", bytes)));

        Assert.Equal("bad.md", error.Input);
        Assert.Equal(3, error.Line);
        Assert.Contains("offset 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_FileTooLargeForTheTextLimit_RefusedBeforeReading()
    {
        var input = Utf8("big.md", new string('x', 50)).WithLimits(new ImportLimits { MaxTextLength = 10 });

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(input));

        Assert.Contains("too many for a text of at most 10 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, input.BytesRead);
    }

    [Fact]
    public async Task Read_OnlyFrontMatter_IsAnError()
    {
        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(Utf8("e.md", "---\ntitle: T\n---\n![img](a.png)\n")));

        Assert.Contains("the article is empty", error.Message, StringComparison.Ordinal);
    }

    private static ImportInput Utf8(string name, string markdown) => ImportInput.FromBytes(name, Encoding.UTF8.GetBytes(markdown));

    private static async Task<Source> ReadAsync(ImportInput input)
    {
        var items = new List<ImportItem>();
        await foreach (var item in new MarkdownArticleImporter().ReadAsync(input, CancellationToken.None))
        {
            items.Add(item);
        }

        return Assert.IsType<Source>(Assert.Single(items).Record);
    }
}
