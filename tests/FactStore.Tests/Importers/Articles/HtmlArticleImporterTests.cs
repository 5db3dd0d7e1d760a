using System.Text;
using FactStore.Importers.Articles;
using FactStore.Tests.Support;

namespace FactStore.Tests.Importers.Articles;

public class HtmlArticleImporterTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>CSTO summit | Example News</title>
          <meta property="og:title" content="The CSTO   summit in Minsk">
          <meta property="og:site_name" content="Example News">
          <meta name="author" content="Jane Roe">
          <meta property="article:published_time" content="2024-04-30T10:00:00+03:00">
          <link rel="canonical" href="https://News.example.org/2024/csto-summit#top">
          <style>p { color: red }</style>
          <script>var x = "not text";</script>
        </head>
        <body>
          <header><a href="/">Example News</a> <nav><a href="/world">World</a></nav></header>
          <nav>Home | World | Politics</nav>
          <main>
            <article>
              <header><h1>The CSTO summit in Minsk</h1><p class="byline">By Jane Roe</p></header>
              <p>President   Tokayev said:
                 &ldquo;there is <em>no need</em> to <a href="/alarm">constantly raise</a> alarms&rdquo;.</p>
              <p>The&nbsp;CSTO summit ended<br>on Friday, &amp; nobody left.</p>
              <script>document.write("ad")</script>
              <noscript>Enable JavaScript</noscript>
              <template><p>hidden template</p></template>
              <p hidden>hidden paragraph</p>
              <ul><li>One point</li><li>Another point</li></ul>
              <footer>Filed under: CSTO</footer>
            </article>
            <aside><article><p>Related: a short teaser</p></article></aside>
          </main>
          <footer>© Example News</footer>
        </body>
        </html>
        """;

    [Fact]
    public async Task Read_Page_KeepsWhatAReaderSeesOfTheArticle()
    {
        var source = await ReadAsync(Utf8("page.html", Page));

        Assert.Equal(
            "The CSTO summit in Minsk\n\nBy Jane Roe\n\n" +
            "President Tokayev said: \u201Cthere is no need to constantly raise alarms\u201D.\n\n" +
            "The\u00A0CSTO summit ended\non Friday, & nobody left.\n\n" +
            "One point\nAnother point\nFiled under: CSTO",
            source.Text);
    }

    [Theory]
    [InlineData("said: \"there is no need to constantly raise alarms\"")]
    [InlineData("The CSTO summit ended on Friday")]
    [InlineData("no need to constantly raise alarms")]
    public async Task Read_QuoteCopiedFromTheRenderedPage_Anchors(string quote)
    {
        var source = await ReadAsync(Utf8("page.html", Page));

        var found = new AnchoringText(source).Locate(quote);

        Assert.True(found.IsFound, found.Reason);
    }

    [Fact]
    public async Task Read_Page_ReadsTheMetadataThePageStates()
    {
        var source = await ReadAsync(Utf8("page.html", Page));

        Assert.Equal("The CSTO summit in Minsk", source.Title);
        Assert.Equal("Example News", source.Publisher);
        Assert.Equal(["Jane Roe"], source.Authors);
        Assert.Equal("2024-04-30", source.StatedDate?.ToString());
        Assert.Equal(StatedDateKind.Published, source.StatedDateKind);
        Assert.Equal("en-GB", source.Language);
        Assert.Equal(["file:page.html", "url:https://news.example.org/2024/csto-summit"], source.Locators.Select(l => l.ToString()));
    }

    [Fact]
    public async Task Read_NoOpenGraph_FallsBackToTitleAndJsonLd()
    {
        const string page = """
            <html><head><title>A plain title</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"#site","name":"Site"},
              {"@type":"NewsArticle","datePublished":"2024-04","author":[{"@type":"Person","name":"A. Writer"},"B. Writer"],"publisher":{"@id":"#org"}},
              {"@type":"Organization","@id":"#org","name":"The Publisher"}]}</script>
            <script type="application/ld+json">{ not json</script>
            </head><body><p>Body text of the page.</p><time datetime="2020-01-01">then</time></body></html>
            """;

        var source = await ReadAsync(Utf8("a.html", page));

        Assert.Equal("A plain title", source.Title);
        Assert.Equal("The Publisher", source.Publisher);
        Assert.Equal(["A. Writer", "B. Writer"], source.Authors);
        Assert.Equal("2024-04", source.StatedDate?.ToString());
        Assert.Null(source.Language);
        Assert.Equal(["file:a.html"], source.Locators.Select(l => l.ToString()));
    }

    [Fact]
    public async Task Read_NoTitleNoMeta_TakesTheFirstHeadingAndTimeElement()
    {
        var source = await ReadAsync(Utf8("a.html", "<body><article><h1>Heading  one</h1><p>Text <time datetime=\"2023\">last year</time>.</p></article></body>"));

        Assert.Equal("Heading one", source.Title);
        Assert.Equal("2023", source.StatedDate?.ToString());
        Assert.Equal("Heading one\n\nText last year.", source.Text);
    }

    [Fact]
    public async Task Read_NoArticleElement_DropsThePageHeaderAndFooterButKeepsSections()
    {
        const string page = "<body><header>Site</header><section><header><h2>Part</h2></header><p>Text.</p></section><footer>Legal</footer></body>";

        var source = await ReadAsync(Utf8("a.html", page));

        Assert.Equal("Part\n\nText.", source.Text);
    }

    [Fact]
    public async Task Read_TableAndPre_RenderAsABrowserDoes()
    {
        var source = await ReadAsync(Utf8("a.html", "<body><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><pre>x  y\n z</pre></body>"));

        Assert.Equal("a\tb\nc\td\nx  y\n z", source.Text);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset=iso-8859-1>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    public async Task Read_DeclaredSingleByteCharset_DecodesAsABrowserDoes(string meta)
    {
        // 0x93 and 0x94 are curly quotes in windows-1252, which browsers use for ISO-8859-1 too; 0xE9 is é.
        var bytes = (byte[])[.. Encoding.ASCII.GetBytes($"<html><head>{meta}</head><body><p>Caf"), 0xE9, 0x20, 0x93, .. "ok"u8, 0x94, .. "</p></body></html>"u8];

        var source = await ReadAsync(ImportInput.FromBytes("latin.html", bytes));

        Assert.Equal("Caf\u00E9 \u201Cok\u201D", source.Text);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public async Task Read_Utf16WithByteOrderMark_SameSourceAsUtf8(string encoding)
    {
        var utf16 = Encoding.GetEncoding(encoding);
        var bytes = (byte[])[.. utf16.GetPreamble(), .. utf16.GetBytes(Page)];

        var source = await ReadAsync(ImportInput.FromBytes("page16.html", bytes));

        Assert.Equal((await ReadAsync(Utf8("page.html", Page))).Id, source.Id);
    }

    [Fact]
    public async Task Read_UndeclaredNotUtf8_NamesTheFileLineAndOffset()
    {
        var bytes = (byte[])[.. "<p>one</p>\n<p>caf"u8, 0xE9, .. "</p>"u8];

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(ImportInput.FromBytes("bad.html", bytes)));

        Assert.Equal("bad.html", error.Input);
        Assert.Equal(2, error.Line);
        Assert.Contains("not valid UTF-8 (bad byte at offset 17)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_UnknownDeclaredCharset_SaysWhich()
    {
        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(Utf8("a.html", "<head>\n<meta charset=\"klingon\"></head><p>x</p>")));

        Assert.Equal(2, error.Line);
        Assert.Contains("'klingon'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_FileTooLargeForTheTextLimit_RefusedBeforeReading()
    {
        var input = Utf8("big.html", "<p>" + new string('x', 100) + "</p>").WithLimits(new ImportLimits { MaxTextLength = 10 });

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(input));

        Assert.Contains("the file has 107 bytes, too many for a text of at most 10 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, input.BytesRead);
    }

    [Fact]
    public async Task Read_TextOverTheLimit_Refused()
    {
        var input = Utf8("long.html", "<p>" + new string('x', 30) + "</p>").WithLimits(new ImportLimits { MaxTextLength = 20 });

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(input));

        Assert.Contains("the article's text has 30 characters, more than the limit of 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_NoReadableText_IsAnError()
    {
        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => ReadAsync(Utf8("empty.html", "<html><head><title>T</title></head><body><script>x()</script></body></html>")));

        Assert.Equal("empty.html", error.Input);
    }

    [Fact]
    public async Task Import_ThroughTheStore_AStanceQuotingThePageAnchors()
    {
        await using var test = await TestStore.CreateAsync();
        var result = await test.Store.ImportAsync("html-article", Utf8("page.html", Page));
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, "\"there is no need to constantly raise alarms\"") with { SourceId = (await ReadAsync(Utf8("page.html", Page))).Id };

        await test.Store.WriteAsync([TestRecords.Tokayev, fact, stance]);

        Assert.Equal(1, result.SourcesAdded);
        var stored = await test.StoredAsync(stance);
        Assert.Equal(CitationAnchor.Typography, stored.Citation!.Anchor);
    }

    private static ImportInput Utf8(string name, string html) => ImportInput.FromBytes(name, Encoding.UTF8.GetBytes(html));

    private static async Task<Source> ReadAsync(ImportInput input)
    {
        var items = new List<ImportItem>();
        await foreach (var item in new HtmlArticleImporter().ReadAsync(input, CancellationToken.None))
        {
            items.Add(item);
        }

        return Assert.IsType<Source>(Assert.Single(items).Record);
    }
}
