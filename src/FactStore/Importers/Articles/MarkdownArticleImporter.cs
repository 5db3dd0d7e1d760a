using System.Runtime.CompilerServices;
using FactStore.Importers.ClaimReview;

namespace FactStore.Importers.Articles;

/// <summary>
/// <c>markdown-article</c>: turns a Markdown file holding one article into a <see cref="Source"/> whose text is what a
/// reader sees of it once rendered, so that a quote copied from the rendered article anchors in it.
/// </summary>
/// <remarks>
/// <para>
/// Kept: the words of headings (without <c>#</c> or the <c>===</c>/<c>---</c> underline), paragraphs (their line
/// breaks stay; anchoring treats a line break as a space), list items (bullets <c>-</c> <c>*</c> <c>+</c> dropped,
/// numbers <c>1.</c> kept, as they are the author's words), block quotes (without <c>&gt;</c>), the text of links,
/// code spans and fenced code as written (without the fences), table cells separated by a tab. Dropped: the front
/// matter, images, link targets and reference definitions, emphasis/strong/strikethrough markers, inline HTML tags
/// (<c>&lt;br&gt;</c> is a line break), thematic breaks. Entities are decoded and a backslash escape is the character
/// escaped. Paragraphs and other blocks are separated by a blank line.
/// </para>
/// <para>
/// Metadata from a front matter (<c>---</c> … <c>---</c> at the top): <c>title</c>, <c>date</c> (at the precision
/// written; <see cref="StatedDateKind.Published"/>), <c>author</c> or <c>authors</c> (one or a list),
/// <c>publisher</c>, <c>lang</c> or <c>language</c>, <c>canonical_url</c>, <c>canonical</c> or <c>url</c> (an
/// absolute URL becomes a locator besides the file name). Without a title, the first level-1 heading is the title.
/// </para>
/// <para>
/// The bytes are decoded as their byte order mark says (UTF-8, UTF-16), else as the front matter's <c>charset:</c> or
/// <c>encoding:</c> declares, else as UTF-8, strictly: bytes that are not are an error naming the file, line and byte
/// offset. A file too large for <see cref="ImportLimits.MaxTextLength"/> (4 bytes per character) is refused before it
/// is read. Thread-safe and stateless.
/// </para>
/// </remarks>
public sealed class MarkdownArticleImporter : IFactImporter
{
    /// <inheritdoc/>
    public string Name => "markdown-article";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = await SourceTextDecoder.ReadBoundedAsync(input, cancellationToken).ConfigureAwait(false);
        var markdown = SourceTextDecoder.Decode(bytes, input.Name, MarkdownFrontMatter.FindCharset);
        cancellationToken.ThrowIfCancellationRequested();

        var matter = MarkdownFrontMatter.Read(markdown);
        var article = MarkdownText.Read(matter is null ? markdown : markdown[matter.Length..]);
        var text = SourceTextDecoder.CheckLength(article.Text, input);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidRecordException("the article is empty", input.Name, 1);
        }

        var date = Date(matter?.First("date", "published", "datePublished"));
        var url = matter?.First("canonical_url", "canonical", "url") is string u && ExternalId.TryParse("url:" + u, out var id) ? id : (ExternalId?)null;
        yield return new ImportItem
        {
            Line = 1,
            Record = new Source
            {
                Text = text,
                Title = matter?.First("title") ?? article.FirstHeading,
                Publisher = matter?.First("publisher", "site_name"),
                Authors = matter?.All("authors", "author") ?? [],
                Locators = url is ExternalId canonical ? [input.Name, canonical] : [input.Name],
                StatedDate = date,
                StatedDateKind = date is null ? StatedDateKind.Unknown : StatedDateKind.Published,
                Language = matter?.First("lang", "language"),
            },
        };
    }

    /// <summary>A front matter date at the precision written; a timestamp (<c>2024-04-30 10:00:00 +0300</c>) is its day.</summary>
    private static PartialDate? Date(string? value) =>
        value is { Length: > 10 } && value[10] is ' ' or 'T' && SchemaDate.Parse(value[..10]) is PartialDate day ? day : SchemaDate.Parse(value);
}
