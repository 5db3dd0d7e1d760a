using System.Runtime.CompilerServices;

namespace FactStore.Importers;

/// <summary>
/// <c>plain-text-article</c>: turns a text file (UTF-8, or UTF-16 with a byte order mark) holding one article (as copied from a web page) into a
/// <see cref="Source"/>, reading the title, publisher and stated date from the text where it states them.
/// </summary>
/// <remarks>
/// A stated date is classified, never trusted blindly: a header line with a weekday and a clock time is the page's
/// date (<see cref="StatedDateKind.PageDate"/>); a date earlier than the latest year the article itself mentions is
/// <see cref="StatedDateKind.Contradicted"/>; a numeric date whose day and month could be swapped keeps only its
/// year. The source's locator is the file name. The text is kept exactly as decoded; bytes that are not UTF-8 are an
/// error naming the file, line and byte offset, and a file too large for <see cref="ImportLimits.MaxTextLength"/> is
/// refused before it is read. Authors are left empty: a name under a headline is as often the
/// person interviewed as the author, and the text alone cannot tell.
/// </remarks>
public sealed class PlainTextArticleImporter : IFactImporter
{
    private readonly TimeProvider _time;

    /// <summary>Creates the importer.</summary>
    /// <param name="timeProvider">The clock that says which years mentioned in an article lie in the future; the system clock by default.</param>
    public PlainTextArticleImporter(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc/>
    public string Name => "plain-text-article";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = await SourceTextDecoder.ReadBoundedAsync(input, cancellationToken).ConfigureAwait(false);
        var text = SourceTextDecoder.CheckLength(SourceTextDecoder.Decode(bytes, input.Name), input);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidRecordException("the article is empty", input.Name, 1);
        }

        var article = new ArticleText(text, _time.GetUtcNow().Year);
        var (date, kind) = article.StatedDate();
        yield return new ImportItem
        {
            Line = 1,
            Record = new Source
            {
                Text = text,
                Title = article.Title(),
                Publisher = article.Publisher(),
                Locators = [input.Name],
                StatedDate = date,
                StatedDateKind = kind,
                Language = article.LooksEnglish() ? "en" : null,
            },
        };
    }
}
