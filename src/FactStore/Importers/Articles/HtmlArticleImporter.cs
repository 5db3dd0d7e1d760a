using System.Runtime.CompilerServices;
using AngleSharp.Html.Parser;

namespace FactStore.Importers.Articles;

/// <summary>
/// <c>html-article</c>: turns an HTML page holding one article (as saved from a browser) into a <see cref="Source"/>
/// whose text is what a reader sees of the article, so that a quote copied from the rendered page anchors in it.
/// </summary>
/// <remarks>
/// <para>
/// The page is parsed with AngleSharp, as a browser parses it: entities are decoded (<c>&amp;nbsp;</c> stays a no-break
/// space, which anchoring folds with a space). The text is that of the <c>&lt;article&gt;</c> with the most text, else
/// of <c>&lt;main&gt;</c>, else of the body, rendered like a browser's <c>innerText</c>: white space runs collapsed within
/// blocks, a paragraph set apart by a blank line, other blocks and <c>&lt;br&gt;</c> by a line break, table cells by a
/// tab. Scripts, styles, <c>&lt;noscript&gt;</c>, <c>&lt;template&gt;</c>, navigation, forms, embedded media,
/// <c>hidden</c> elements and the page's own header and footer (not the article's) are left out.
/// </para>
/// <para>
/// Metadata: the title from <c>og:title</c>, else <c>&lt;title&gt;</c>, else the first <c>&lt;h1&gt;</c>; the publisher
/// from <c>og:site_name</c>, else the JSON-LD article's publisher; the authors from <c>&lt;meta name="author"&gt;</c>,
/// else JSON-LD; the stated date (<see cref="StatedDateKind.Published"/>, at the precision written) from
/// <c>article:published_time</c>, else JSON-LD <c>datePublished</c>, else the article's first
/// <c>&lt;time datetime&gt;</c>; the language from the nearest <c>lang</c> attribute. The locators are the file name and
/// the canonical URL (<c>&lt;link rel="canonical"&gt;</c>, else <c>og:url</c>) when the page states an absolute one.
/// </para>
/// <para>
/// The bytes are decoded as their byte order mark says (UTF-8, UTF-16), else as the page's <c>&lt;meta charset&gt;</c>
/// or <c>http-equiv</c> content type declares (labels as browsers read them: ISO-8859-1 is windows-1252), else as UTF-8,
/// strictly: bytes that are not are an error naming the file, line and byte offset. A file too large for
/// <see cref="ImportLimits.MaxTextLength"/> (4 bytes per character) is refused before it is read. Thread-safe and
/// stateless: each call reads its input alone.
/// </para>
/// </remarks>
public sealed class HtmlArticleImporter : IFactImporter
{
    /// <inheritdoc/>
    public string Name => "html-article";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = await SourceTextDecoder.ReadBoundedAsync(input, cancellationToken).ConfigureAwait(false);
        var html = SourceTextDecoder.Decode(bytes, input.Name, HtmlCharset.Find);
        cancellationToken.ThrowIfCancellationRequested();

        using var page = new HtmlParser().ParseDocument(html);
        var article = HtmlArticle.Parse(page, input.Limits.MaxNestingDepth);
        var text = SourceTextDecoder.CheckLength(article.Text(), input);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidRecordException("the page has no article text (nothing readable in its <article>, <main> or <body>)", input.Name, 1);
        }

        var published = article.Published();
        yield return new ImportItem
        {
            Line = 1,
            Record = new Source
            {
                Text = text,
                Title = article.Title(),
                Publisher = article.Publisher(),
                Authors = article.Authors(),
                Locators = article.CanonicalUrl() is ExternalId url ? [input.Name, url] : [input.Name],
                StatedDate = published,
                StatedDateKind = published is null ? StatedDateKind.Unknown : StatedDateKind.Published,
                Language = article.Language(),
            },
        };
    }
}
