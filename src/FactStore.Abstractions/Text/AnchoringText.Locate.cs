using FactStore.Text;

namespace FactStore;

public sealed partial class AnchoringText
{
    /// <summary>
    /// Previews where a quote anchors in the text and why, without throwing: the place, the source's own characters
    /// and how they matched, or why the quote cannot be anchored.
    /// </summary>
    /// <param name="quote">The quote, matched with typography folded at word boundaries (see the remarks on <see cref="AnchoringText"/>).</param>
    /// <param name="startHint">Where the quote is said to start (<see cref="Citation.Start"/>); chooses among several places.</param>
    /// <param name="prefix">Text said to come just before the quote (<see cref="Citation.Prefix"/>), matched with typography folded; any length.</param>
    /// <param name="suffix">Text said to come just after the quote (<see cref="Citation.Suffix"/>), matched with typography folded; any length.</param>
    /// <returns>
    /// Where the quote anchors: <see cref="CitationAnchor.Exact"/> when the place matches character for character,
    /// <see cref="CitationAnchor.Typography"/> when only once typography is folded, and
    /// <see cref="CitationAnchor.Relocated"/> when a hint was given that the place contradicts (another start, a prefix
    /// or suffix that is not there). When the quote occurs at several places, a start hint that is one of them
    /// chooses it; otherwise the one place that agrees with the most of <paramref name="prefix"/> and
    /// <paramref name="suffix"/> does; with no such place the quote is <see cref="AnchoringFailure.Ambiguous"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="quote"/> is null.</exception>
    public QuoteAnchoring Locate(string quote, int? startHint = null, string? prefix = null, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var foldedQuote = TextFolding.FoldTypography(quote).Trim();
        if (foldedQuote.Length == 0)
        {
            return QuoteAnchoring.NotFound(AnchoringFailure.BlankQuote, "the quote is blank", []);
        }

        var anywhere = Occurrences(foldedQuote).ToList();
        var found = anywhere.Where(p => WholeWords(p.Start, p.End)).ToList();
        if (found.Count == 0)
        {
            return anywhere.Count == 0
                ? QuoteAnchoring.NotFound(AnchoringFailure.NotInText, "the quote is not in the text", [])
                : QuoteAnchoring.NotFound(
                    AnchoringFailure.InsideLongerWords,
                    $"the quote is only found cut out of longer words (it must start and end at word boundaries), at {Offsets(anywhere)}",
                    [.. anywhere.Select(p => p.Start)]);
        }

        int[] candidates = [.. found.Select(p => p.Start)];
        var prefixHint = FoldHint(prefix);
        var suffixHint = FoldHint(suffix);
        if (Choose(found, startHint, prefixHint, suffixHint) is not Place chosen)
        {
            return QuoteAnchoring.NotFound(AnchoringFailure.Ambiguous, Ambiguity(found), candidates);
        }

        var contradicted = (startHint is int hint && hint != chosen.Start)
            || (prefixHint is not null && !HasPrefix(chosen, prefixHint))
            || (suffixHint is not null && !HasSuffix(chosen, suffixHint));
        var trimmed = quote.Trim();
        var anchor = contradicted
            ? CitationAnchor.Relocated
            : trimmed.Length == chosen.End - chosen.Start && string.CompareOrdinal(Text, chosen.Start, trimmed, 0, trimmed.Length) == 0
                ? CitationAnchor.Exact
                : CitationAnchor.Typography;
        return QuoteAnchoring.At(CitationOf(chosen.Start, chosen.End, anchor), candidates);
    }

    /// <summary>
    /// The one place the hints point to: the only place, the place the start hint names, or the only place that
    /// agrees with the most of the prefix and suffix.
    /// </summary>
    private Place? Choose(List<Place> found, int? startHint, string? prefix, string? suffix)
    {
        if (found.Count == 1)
        {
            return found[0];
        }

        if (startHint is int start && found.FindIndex(p => p.Start == start) is var byStart and >= 0)
        {
            return found[byStart];
        }

        var scored = found
            .Select(p => (Place: p, Agrees: (prefix is not null && HasPrefix(p, prefix) ? 1 : 0) + (suffix is not null && HasSuffix(p, suffix) ? 1 : 0)))
            .ToList();
        var best = scored.Max(s => s.Agrees);
        var top = scored.Where(s => s.Agrees == best).ToList();
        return best > 0 && top.Count == 1 ? top[0].Place : null;
    }
}
