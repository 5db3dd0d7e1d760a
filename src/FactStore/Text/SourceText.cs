using System.Globalization;

namespace FactStore.Text;

/// <summary>
/// A source's text prepared for anchoring quotes: the original, and a typography-folded copy with a map from each
/// folded character back to its original index. Build once per source and reuse for all its quotes.
/// </summary>
internal sealed class SourceText
{
    private const int ContextLength = 32;

    private readonly List<int> _map = [];
    private readonly string _folded;

    public SourceText(string text)
    {
        Text = text;
        _folded = TextFolding.FoldTypography(text, _map);
    }

    public string Text { get; }

    /// <summary>
    /// Finds the quote with typography folded (quotes, dashes, spaces, runs of white space), at whole words. Among
    /// several places, a start or prefix hint chooses; without one the quote is ambiguous. The anchor is
    /// <see cref="CitationAnchor.Exact"/> when the chosen place matches character for character,
    /// <see cref="CitationAnchor.Typography"/> when only after folding, and <see cref="CitationAnchor.Relocated"/>
    /// when a hint was given that the chosen place contradicts.
    /// </summary>
    public AnchoredQuote Locate(string quote, int? startHint = null, string? prefixHint = null)
    {
        var foldedQuote = TextFolding.FoldTypography(quote).Trim();
        if (foldedQuote.Length == 0)
        {
            return AnchoredQuote.Fail("the quote is blank");
        }

        var anywhere = Occurrences(_folded, foldedQuote)
            .Select(i => (Start: _map[i], End: _map[i + foldedQuote.Length - 1] + 1, Folded: i))
            .ToList();
        var found = anywhere.Where(WholeWords).ToList();
        if (found.Count == 0)
        {
            return AnchoredQuote.Fail(anywhere.Count > 0
                ? "the quote is only found cut out of longer words (it must start and end at word boundaries) in source"
                : "the quote is not in the text of source");
        }

        var chosen = Choose(found, startHint, prefixHint);
        if (chosen is not var (start, end, folded))
        {
            return AnchoredQuote.Fail($"the quote occurs {found.Count} times, so give its start offset or a prefix that tells which, in source");
        }

        var contradicted = (startHint is int hint && hint != start) || (prefixHint is not null && !HasPrefix(folded, prefixHint));
        var anchor = contradicted
            ? CitationAnchor.Relocated
            : string.CompareOrdinal(Text, start, quote.Trim(), 0, end - start) == 0 && quote.Trim().Length == end - start
                ? CitationAnchor.Exact
                : CitationAnchor.Typography;
        return new(start, end, anchor, null);
    }

    /// <summary>Up to 32 characters before <paramref name="start"/>, never splitting a surrogate pair.</summary>
    public string Prefix(int start)
    {
        var from = Math.Max(0, start - ContextLength);
        if (from > 0 && char.IsLowSurrogate(Text[from]))
        {
            from++;
        }

        return Text[from..start];
    }

    /// <summary>Up to 32 characters after <paramref name="end"/>, never splitting a surrogate pair.</summary>
    public string Suffix(int end)
    {
        var to = Math.Min(Text.Length, end + ContextLength);
        if (to < Text.Length && char.IsHighSurrogate(Text[to - 1]))
        {
            to--;
        }

        return Text[end..to];
    }

    private (int Start, int End, int Folded)? Choose(List<(int Start, int End, int Folded)> found, int? startHint, string? prefixHint)
    {
        if (found.Count == 1)
        {
            return found[0];
        }

        if (startHint is int start && found.FindIndex(f => f.Start == start) is var byStart and >= 0)
        {
            return found[byStart];
        }

        if (prefixHint is not null)
        {
            var byPrefix = found.Where(f => HasPrefix(f.Folded, prefixHint)).ToList();
            if (byPrefix.Count == 1)
            {
                return byPrefix[0];
            }
        }

        return null;
    }

    /// <summary>Whether the folded text before the folded position <paramref name="folded"/> ends with the prefix.</summary>
    private bool HasPrefix(int folded, string prefix) =>
        _folded.AsSpan(0, folded).TrimEnd().EndsWith(TextFolding.FoldTypography(prefix).Trim(), StringComparison.Ordinal);

    /// <summary>
    /// A quote may not start or end in the middle of a word ("resident Tokaev sa" is not a quote of "President Tokaev
    /// said"), nor split a surrogate pair or a letter from its combining marks.
    /// </summary>
    private bool WholeWords((int Start, int End, int Folded) at) =>
        !(at.Start > 0 && IsWordPart(at.Start) && IsWordPart(at.Start - 1)) &&
        !(at.End < Text.Length && IsWordPart(at.End - 1) && IsWordPart(at.End)) &&
        !char.IsLowSurrogate(Text[at.Start]) && !char.IsHighSurrogate(Text[at.End - 1]);

    private bool IsWordPart(int index)
    {
        var c = Text[index];
        if (char.IsSurrogate(c))
        {
            var pairStart = char.IsLowSurrogate(c) && index > 0 ? index - 1 : index;
            return char.IsLetterOrDigit(Text, pairStart);
        }

        return char.IsLetterOrDigit(c) ||
            CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
