namespace FactStore.Citations;

/// <summary>How <see cref="CitationWriter"/> writes a stance's citation; <c>docs/citations.md</c> shows each with an example.</summary>
public enum CitationFormat
{
    /// <summary>
    /// One line a stance, like a reference list entry: authors (or the publisher), title, publisher, date at its stated
    /// precision, web address or other locator, access date; then the quote, after its holder's name.
    /// </summary>
    Plain = 0,

    /// <summary>The quote (after its holder's name) with a footnote <c>[^n]</c> whose text is the source's reference.</summary>
    Markdown = 1,

    /// <summary>
    /// A CSL-JSON array of items, one a source however many stances cite it, as citeproc-js, Zotero and Pandoc read
    /// it. An item describes the source; the quotes are not in it.
    /// </summary>
    CslJson = 2,

    /// <summary>
    /// BibTeX entries (<c>@article</c>, <c>@online</c>, <c>@book</c>, <c>@misc</c>), one a source, with stable ASCII keys
    /// (the CSL-JSON ids) and the quotes in <c>note</c>.
    /// </summary>
    BibTeX = 3,

    /// <summary>
    /// W3C Web Annotation JSON-LD with a <c>TextQuoteSelector</c> and a <c>TextPositionSelector</c>, as the store's Web
    /// Annotation export writes it: the <c>web-annotation</c> importer reads it back to the same stance.
    /// </summary>
    WebAnnotation = 4,
}
