using System.Globalization;
using FactStore.Text;

namespace FactStore;

public sealed partial class AnchoringText
{
    private const int HintWords = 8;
    private const int ListedPlaces = 5;

    /// <summary>A place in the text, and the same place in the folded text.</summary>
    private readonly record struct Place(int Start, int End, int FoldedStart, int FoldedEnd);

    private IEnumerable<Place> Occurrences(string foldedQuote)
    {
        for (var i = _folded.IndexOf(foldedQuote, StringComparison.Ordinal); i >= 0; i = _folded.IndexOf(foldedQuote, i + 1, StringComparison.Ordinal))
        {
            var foldedEnd = i + foldedQuote.Length;
            yield return new Place(_map[i], _map[foldedEnd - 1] + 1, i, foldedEnd);
        }
    }

    private static string? FoldHint(string? hint) =>
        hint is null ? null : TextFolding.FoldTypography(hint).Trim() is { Length: > 0 } folded ? folded : null;

    /// <summary>Whether the folded text before the place ends with the folded prefix.</summary>
    private bool HasPrefix(Place place, string foldedPrefix) =>
        _folded.AsSpan(0, place.FoldedStart).TrimEnd().EndsWith(foldedPrefix, StringComparison.Ordinal);

    /// <summary>Whether the folded text after the place starts with the folded suffix.</summary>
    private bool HasSuffix(Place place, string foldedSuffix) =>
        _folded.AsSpan(place.FoldedEnd).TrimStart().StartsWith(foldedSuffix, StringComparison.Ordinal);

    /// <summary>Why a quote found at several places cannot be anchored, and for each place a hint that would choose it.</summary>
    private string Ambiguity(List<Place> found)
    {
        var hints = found.Take(ListedPlaces).Select(p => $"{Hint(p, found)} for {p.Start}");
        var more = found.Count > ListedPlaces ? $"; and {found.Count - ListedPlaces} more places" : "";
        return $"the quote occurs {found.Count} times, at {Offsets(found)}: give its start offset, or a prefix or suffix that tells which ({string.Join(", ", hints)}{more})";
    }

    /// <summary>The fewest words before (or else after) the place that no other place has; or its start alone.</summary>
    private string Hint(Place place, List<Place> found)
    {
        var before = Words(_folded.AsSpan(0, place.FoldedStart), fromEnd: true);
        for (var n = 1; n <= before.Length; n++)
        {
            var prefix = string.Join(' ', before[^n..]);
            if (found.Count(p => HasPrefix(p, prefix)) == 1)
            {
                return $"prefix \"{prefix}\"";
            }
        }

        var after = Words(_folded.AsSpan(place.FoldedEnd), fromEnd: false);
        for (var n = 1; n <= after.Length; n++)
        {
            var suffix = string.Join(' ', after[..n]);
            if (found.Count(p => HasSuffix(p, suffix)) == 1)
            {
                return $"suffix \"{suffix}\"";
            }
        }

        return "only its start";
    }

    /// <summary>Up to <see cref="HintWords"/> whole words of folded text next to a place.</summary>
    private static string[] Words(ReadOnlySpan<char> side, bool fromEnd)
    {
        const int Window = 160;
        var cut = side.Length > Window;
        var window = (fromEnd ? side[^Math.Min(Window, side.Length)..].TrimEnd() : side[..Math.Min(Window, side.Length)].TrimStart()).ToString();
        var words = window.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (cut && words.Length > 0)
        {
            words = fromEnd ? words[1..] : words[..^1];
        }

        return fromEnd ? words[^Math.Min(HintWords, words.Length)..] : words[..Math.Min(HintWords, words.Length)];
    }

    private static string Offsets(List<Place> places)
    {
        string[] starts = [.. places.Take(ListedPlaces).Select(p => p.Start.ToString(CultureInfo.InvariantCulture))];
        return places.Count > ListedPlaces
            ? string.Join(", ", starts) + ", …"
            : starts.Length == 1 ? starts[0] : string.Join(", ", starts[..^1]) + " and " + starts[^1];
    }

    /// <summary>
    /// A place may not start or end in the middle of a word ("resident Tokaev sa" is not a quote of "President Tokaev
    /// said"), nor split a surrogate pair or a letter from its combining marks.
    /// </summary>
    private bool WholeWords(int start, int end) =>
        !(start > 0 && IsWordPart(start) && IsWordPart(start - 1)) &&
        !(end < Text.Length && IsWordPart(end - 1) && IsWordPart(end)) &&
        !char.IsLowSurrogate(Text[start]) && !char.IsHighSurrogate(Text[end - 1]);

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
}
