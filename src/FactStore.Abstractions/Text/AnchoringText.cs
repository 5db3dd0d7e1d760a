using System.Text;
using FactStore.Text;

namespace FactStore;

/// <summary>
/// A source's text prepared for anchoring quotes, as the store anchors every citation before it writes it: build one
/// per text and reuse it for all the quotes of that text. Importers use it to check a quote before they yield it
/// (<see cref="Locate"/>), to cite a span they know by offsets (<see cref="CitationAt"/>), or to see the citation the
/// store will keep (<see cref="Anchor"/>).
/// </summary>
/// <remarks>
/// <para>
/// Offsets are UTF-16 code units (<see cref="string"/> indices) into <see cref="Text"/>, the decoded text exactly as
/// <see cref="Source.Text"/> holds it: the start included, the end excluded.
/// </para>
/// <para>
/// A quote matches where the text has the same characters once typography is folded, and nothing else: curly and
/// straight quotes and apostrophes (<c>“ ” ‘ ’ « »</c> and <c>" '</c>), dashes and minus signs (<c>– — −</c> and
/// <c>-</c>), every kind of space (a no-break space is a space), and any run of white space, line breaks included, is
/// one space; white space around the quote is ignored. Case, diacritics and spelling must match. A quote starts and
/// ends at word boundaries (<c>resident Tokaev</c> is not a quote of <c>President Tokaev</c>), and never splits a
/// surrogate pair or a letter from its combining marks.
/// </para>
/// <para>
/// Quote the decoded text, not the input's encoding of it: an importer of an escaped format (JSON, CSV, HTML, XML)
/// decodes the text it stores as the source (with <c>JsonDocument</c>, a CSV reader, <c>WebUtility.HtmlDecode</c> or
/// an HTML parser) and decodes its quotes the same way, so <c>\u201C</c>, <c>&amp;#8217;</c> or <c>&amp;nbsp;</c> in
/// the input are the characters <c>“</c>, <c>’</c> and a no-break space here, and match typed quotes and spaces.
/// </para>
/// <para>Instances are immutable once built and safe to use from several threads at once.</para>
/// </remarks>
public sealed partial class AnchoringText
{
    private readonly int[] _map;
    private readonly string _folded;

    /// <summary>Prepares a text for anchoring; the source id and content hash are those of a <see cref="Source"/> with this text.</summary>
    /// <param name="text">The decoded text, as <see cref="Source.Text"/> holds it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or only white space, which no source has.</exception>
    public AnchoringText(string text)
        : this(new Source { Text = text })
    {
    }

    /// <summary>Prepares a source's text for anchoring.</summary>
    /// <param name="source">A source with its text (not known by reference, not redacted).</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The source has no text to anchor in: it is known by reference or redacted.</exception>
    public AnchoringText(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Text is not string text || source.ContentHash is not string hash || source.IsRedacted)
        {
            throw new ArgumentException(
                $"Source {source.Id} has no text to anchor quotes in: it is {(source.IsRedacted ? "redacted" : source.IsTextOmitted ? "read without its text" : "known by reference")}.", nameof(source));
        }

        Text = text;
        SourceId = source.Id;
        ContentHash = hash;
        var map = new List<int>(text.Length);
        _folded = TextFolding.FoldTypography(text, map);
        _map = [.. map];
    }

    /// <summary>The text quotes are anchored in; offsets index it.</summary>
    public string Text { get; }

    /// <summary>The <see cref="StoreRecord.Id"/> of the source with this text.</summary>
    public string SourceId { get; }

    /// <summary>The <see cref="Source.ContentHash"/> of the text; anchored citations carry it as <see cref="Citation.SourceContentHash"/>.</summary>
    public string ContentHash { get; }
}
