using System.Globalization;
using System.Text;

namespace FactStore.Text;

/// <summary>
/// The two foldings FactStore applies to text: typography only (for quotes, which must otherwise match exactly)
/// and names (for looking entities up by any spelling).
/// </summary>
/// <remarks>
/// Public so that the store and importers fold exactly as record identifiers do: quotes are matched and names looked
/// up with these foldings.
/// </remarks>
public static class TextFolding
{
    /// <summary>
    /// Maps one character the way real text varies in typography: curly quotes and apostrophes to straight ones,
    /// dashes and minus signs to a hyphen, every kind of space to a plain space. Nothing else changes.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns>The folded character.</returns>
    public static char FoldTypography(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    /// <summary>
    /// Folds typography and collapses each run of white space to one space, without trimming. When
    /// <paramref name="map"/> is given, it receives for each folded character the index it came from.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="map">Receives, when given, the index in <paramref name="text"/> of each character of the result.</param>
    /// <returns>The folded text.</returns>
    public static string FoldTypography(string text, List<int>? map = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var previousSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = FoldTypography(text[i]);
            if (c == ' ' && previousSpace)
            {
                continue;
            }

            previousSpace = c == ' ';
            builder.Append(c);
            map?.Add(i);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Folds a name for lookup: typography, case (invariant) and diacritics (Kasym-Žomart → kasym-zomart), trimmed,
    /// with single spaces. It uses the library's own tables, never the operating system's, so that the ids hashed from
    /// folded names are the same on every machine, in globalization-invariant mode too.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The folded name.</returns>
    public static string FoldName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var typographic = ComposeHangul(FoldTypography(name).Trim());
        var builder = new StringBuilder(typographic.Length);
        foreach (var original in typographic)
        {
            var c = char.ToLowerInvariant(original);
            if (DiacriticTable.BaseOf(c) is string baseLetters)
            {
                builder.Append(baseLetters);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(c);
            }
        }

        // A mark dropped from between spaces, or from the end, leaves two spaces or a space at an end: fold them too,
        // so that a folded name folds to itself.
        var folded = builder.ToString();
        return folded.Contains("  ", StringComparison.Ordinal) || folded.StartsWith(' ') || folded.EndsWith(' ')
            ? FoldTypography(folded).Trim()
            : folded;
    }

    /// <summary>Composes decomposed Hangul (leading, vowel and optional trailing jamo) into syllables, as NFC would.</summary>
    private static string ComposeHangul(string text)
    {
        const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7, LCount = 19, VCount = 21, TCount = 28;
        if (!text.Any(c => c is >= (char)LBase and <= (char)0x11FF))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int l = text[i] - LBase, v = i + 1 < text.Length ? text[i + 1] - VBase : -1;
            if (l is >= 0 and < LCount && v is >= 0 and < VCount)
            {
                var t = i + 2 < text.Length ? text[i + 2] - TBase : 0;
                var hasTrailing = t is > 0 and < TCount;
                builder.Append((char)(SBase + (((l * VCount) + v) * TCount) + (hasTrailing ? t : 0)));
                i += hasTrailing ? 2 : 1;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
