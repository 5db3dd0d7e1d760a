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
    /// Finds the quote: character for character first, else with typography folded (quotes, dashes, spaces, runs of
    /// white space). A quote that occurs more than once needs a start or prefix hint to choose the occurrence.
    /// </summary>
    public AnchoredQuote Locate(string quote, int? startHint = null, string? prefixHint = null)
    {
        var exactAnywhere = Occurrences(Text, quote).Select(i => (Start: i, End: i + quote.Length)).ToList();
        var exact = exactAnywhere.Where(WholeWords).ToList();
        if (exact.Count > 0)
        {
            return Choose(exact, CitationAnchor.Exact, startHint, prefixHint);
        }

        var foldedQuote = TextFolding.FoldTypography(quote).Trim();
        if (foldedQuote.Length == 0)
        {
            return AnchoredQuote.Fail("the quote is blank");
        }

        var foldedAnywhere = Occurrences(_folded, foldedQuote)
            .Select(i => (Start: _map[i], End: _map[i + foldedQuote.Length - 1] + 1))
            .ToList();
        var folded = foldedAnywhere.Where(WholeWords).ToList();
        if (folded.Count > 0)
        {
            return Choose(folded, CitationAnchor.Typography, startHint, prefixHint);
        }

        return AnchoredQuote.Fail(exactAnywhere.Count + foldedAnywhere.Count > 0
            ? "the quote is only found cut out of longer words (it must start and end at word boundaries) in source"
            : "the quote is not in the text of source");
    }

    public string Prefix(int start) => Text[Math.Max(0, start - ContextLength)..start];

    public string Suffix(int end) => Text[end..Math.Min(Text.Length, end + ContextLength)];

    private AnchoredQuote Choose(List<(int Start, int End)> found, CitationAnchor anchor, int? startHint, string? prefixHint)
    {
        if (found.Count == 1)
        {
            var moved = startHint is int hint && hint != found[0].Start;
            return new(found[0].Start, found[0].End, moved ? CitationAnchor.Relocated : anchor, null);
        }

        if (startHint is int start && found.FindIndex(f => f.Start == start) is var byStart and >= 0)
        {
            return new(found[byStart].Start, found[byStart].End, anchor, null);
        }

        if (!string.IsNullOrEmpty(prefixHint))
        {
            var wanted = TextFolding.FoldTypography(prefixHint).Trim();
            var byPrefix = found.Where(f => TextFolding.FoldTypography(Text[..f.Start]).TrimEnd().EndsWith(wanted, StringComparison.Ordinal)).ToList();
            if (byPrefix.Count == 1)
            {
                return new(byPrefix[0].Start, byPrefix[0].End, anchor, null);
            }
        }

        return AnchoredQuote.Fail($"the quote occurs {found.Count} times, so give its start offset or a prefix that tells which, in source");
    }

    /// <summary>A quote may not start or end in the middle of a word: "resident Tokaev sa" is not a quote of "President Tokaev said".</summary>
    private bool WholeWords((int Start, int End) at) =>
        !(at.Start > 0 && char.IsLetterOrDigit(Text[at.Start]) && char.IsLetterOrDigit(Text[at.Start - 1])) &&
        !(at.End < Text.Length && char.IsLetterOrDigit(Text[at.End - 1]) && char.IsLetterOrDigit(Text[at.End]));

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
