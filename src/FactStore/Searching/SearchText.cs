using System.Globalization;
using System.Text;
using FactStore.Text;

namespace FactStore.Searching;

/// <summary>
/// Reads what a user typed into a search box as phrases to find: each word outside double quotes is one, and the text
/// between double quotes (straight or typographic) is one. Nothing else is syntax; a phrase without a letter or digit
/// is dropped, since it can match nothing. The engine receives the phrases, never the text.
/// </summary>
internal static class SearchText
{
    public static IReadOnlyList<string> Phrases(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrases = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            // Typographic quotes become '"', every kind of space ' '; control characters (NUL included) are spaces, and
            // so is a lone surrogate half, which no stored text holds.
            var original = text[i];
            var paired = char.IsHighSurrogate(original) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(original) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            var c = char.IsControl(original) || !paired ? ' ' : TextFolding.FoldTypography(original);
            if (c == '"' || (c == ' ' && !quoted))
            {
                Add(phrases, current);
                quoted = c == '"' ? !quoted : quoted;
            }
            else
            {
                current.Append(c);
            }
        }

        Add(phrases, current);
        return phrases;
    }

    private static void Add(List<string> phrases, StringBuilder current)
    {
        var phrase = current.ToString().Trim();
        current.Clear();
        if (HasWord(phrase))
        {
            phrases.Add(phrase);
        }
    }

    /// <summary>Whether a text holds a letter, a digit or a private-use character: what the full-text index keeps as words.</summary>
    private static bool HasWord(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.PrivateUse or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
            {
                return true;
            }
        }

        return false;
    }
}
