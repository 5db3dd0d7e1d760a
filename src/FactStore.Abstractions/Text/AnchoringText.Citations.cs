namespace FactStore;

public sealed partial class AnchoringText
{
    private const int ContextLength = 32;

    /// <summary>
    /// Cites the text between two offsets, when the importer knows where the quote is rather than what it says: the
    /// quote is the text's own characters, with up to 32 characters of context on each side.
    /// </summary>
    /// <param name="start">Where the quote starts: a UTF-16 offset into <see cref="Text"/>, included.</param>
    /// <param name="end">Where the quote ends: a UTF-16 offset into <see cref="Text"/>, excluded.</param>
    /// <returns>
    /// A citation with <see cref="Citation.Quote"/>, <see cref="Citation.Start"/>, <see cref="Citation.End"/>,
    /// <see cref="Citation.Prefix"/>, <see cref="Citation.Suffix"/> and <see cref="Citation.SourceContentHash"/> set and
    /// anchored <see cref="CitationAnchor.Exact"/>: what the store keeps when it is written. White space at either end
    /// of the span is left out of the quote, and the offsets moved past it.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="start"/> is negative, <paramref name="end"/> is beyond the text, or <paramref name="end"/> comes
    /// before <paramref name="start"/>.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// The span is empty or only white space, splits a surrogate pair, or starts or ends inside a word (or between a
    /// letter and its combining marks).
    /// </exception>
    public Citation CitationAt(int start, int end)
    {
        var (from, to) = Span(start, end, nameof(start), nameof(end));
        return CitationOf(from, to, CitationAnchor.Exact);
    }

    /// <summary>
    /// Anchors a citation as the store does before it writes a stance that cites this text, and returns what the store
    /// keeps. A citation with a <see cref="Citation.Quote"/> is located with <see cref="Locate"/> using its
    /// <see cref="Citation.Start"/>, <see cref="Citation.Prefix"/> and <see cref="Citation.Suffix"/> as hints; one with
    /// only <see cref="Citation.Start"/> and <see cref="Citation.End"/> takes its quote from the text, as
    /// <see cref="CitationAt"/> does.
    /// </summary>
    /// <param name="citation">The citation as an importer yields it; <see cref="Citation.End"/> is ignored when a quote is given.</param>
    /// <returns>
    /// The anchored citation: the source's own characters, their offsets, the context around them, the
    /// <see cref="CitationAnchor"/> they were found with, <see cref="ContentHash"/>, and the citation's
    /// <see cref="Citation.Locator"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The citation has neither a quote nor both offsets, or its offsets do not fit the text (see <see cref="CitationAt"/>).
    /// </exception>
    /// <exception cref="CitationNotFoundException">
    /// The quote cannot be anchored; <see cref="CitationNotFoundException.Reason"/> says why, as
    /// <see cref="QuoteAnchoring.Reason"/> does.
    /// </exception>
    public Citation Anchor(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var quote = citation.Quote;
        var start = citation.Start;
        if (quote is null)
        {
            if (citation.Start is not int from || citation.End is not int to)
            {
                throw new ArgumentException("A citation of a text needs a quote, or both its start and end offsets.", nameof(citation));
            }

            (from, to) = Span(from, to, nameof(citation), nameof(citation));
            (quote, start) = (Text[from..to], from);
        }

        var anchoring = Locate(quote, start, citation.Prefix, citation.Suffix);
        return anchoring.Citation is Citation anchored
            ? anchored with { Locator = citation.Locator }
            : throw new CitationNotFoundException(SourceId, quote, reason: anchoring.Reason);
    }

    /// <summary>Checks a span given by offsets and trims white space off its ends.</summary>
    private (int Start, int End) Span(int start, int end, string startName, string endName)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(startName, start, "A start offset cannot be negative.");
        }

        if (end > Text.Length)
        {
            throw new ArgumentOutOfRangeException(endName, end, $"The end offset {end} is beyond the end of the text ({Text.Length} UTF-16 code units).");
        }

        if (end < start)
        {
            throw new ArgumentOutOfRangeException(endName, end, $"The end offset {end} comes before the start offset {start}.");
        }

        if (start < Text.Length && char.IsLowSurrogate(Text[start]) && start > 0 && char.IsHighSurrogate(Text[start - 1]))
        {
            throw new ArgumentException($"The start offset {start} splits a surrogate pair (one character in UTF-16 code units {start - 1} and {start}).", startName);
        }

        if (end > 0 && char.IsHighSurrogate(Text[end - 1]) && end < Text.Length && char.IsLowSurrogate(Text[end]))
        {
            throw new ArgumentException($"The end offset {end} splits a surrogate pair (one character in UTF-16 code units {end - 1} and {end}).", endName);
        }

        var (from, to) = (start, end);
        while (from < to && char.IsWhiteSpace(Text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(Text[to - 1]))
        {
            to--;
        }

        if (from == to)
        {
            throw new ArgumentException($"The offsets {start}-{end} hold {(start == end ? "nothing" : "only white space")}: there is nothing to quote.", startName);
        }

        if (!WholeWords(from, to))
        {
            throw new ArgumentException(
                $"The offsets {start}-{end} cut a word (or a letter from its combining marks): a quote starts and ends at word boundaries.", startName);
        }

        return (from, to);
    }

    private Citation CitationOf(int start, int end, CitationAnchor anchor) => new()
    {
        Quote = Text[start..end],
        Start = start,
        End = end,
        Prefix = Prefix(start),
        Suffix = Suffix(end),
        Anchor = anchor,
        SourceContentHash = ContentHash,
    };

    /// <summary>Up to 32 characters before <paramref name="start"/>, never splitting a surrogate pair.</summary>
    private string Prefix(int start)
    {
        var from = Math.Max(0, start - ContextLength);
        if (from > 0 && char.IsLowSurrogate(Text[from]))
        {
            from++;
        }

        return Text[from..start];
    }

    /// <summary>Up to 32 characters after <paramref name="end"/>, never splitting a surrogate pair.</summary>
    private string Suffix(int end)
    {
        var to = Math.Min(Text.Length, end + ContextLength);
        if (to < Text.Length && char.IsHighSurrogate(Text[to - 1]))
        {
            to--;
        }

        return Text[end..to];
    }
}
