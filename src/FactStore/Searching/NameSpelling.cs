using System.Text;
using System.Text.RegularExpressions;
using FactStore.Text;

namespace FactStore.Searching;

/// <summary>
/// The transliteration fold names are matched with: spellings of one name in Latin letters (and in Cyrillic) that
/// transliteration schemes make differ fold to one key, so that <c>Tokaev</c>, <c>Tokayev</c>, <c>Tokaiev</c> and
/// <c>Токаев</c> all read <c>tokaev</c>. For matching only: the key is never shown, and two names with one key are
/// candidates for the same name, never merged. docs/search.md lists the rules.
/// </summary>
internal static partial class NameSpelling
{
    // Letters spelled with several Latin letters: Russian, Ukrainian, Belarusian and Kazakh Cyrillic as in English-
    // language news, and the carons and cedillas of scholarly and Turkic transliteration. Other letters lose their
    // diacritics in TextFolding.FoldName.
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['є'] = "ye", ['і'] = "i", ['ї'] = "yi", ['ґ'] = "g", ['ў'] = "u", ['ә'] = "a", ['ғ'] = "g",
        ['қ'] = "k", ['ң'] = "n", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u", ['һ'] = "h",
        ['š'] = "sh", ['ş'] = "sh", ['ž'] = "zh", ['č'] = "ch", ['ə'] = "a",
    };

    /// <summary>Folds a name: letters spelled out, then <see cref="TextFolding.FoldName"/>, then the spelling rules in order.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var spelled = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            var lower = char.ToLowerInvariant(c);
            if (Letters.TryGetValue(lower, out var letters))
            {
                spelled.Append(letters);
            }
            else
            {
                spelled.Append(lower);
            }
        }

        // A rule can make a place for an earlier one (ïї → iyi → i before a vowel, an initial glide): the rules run
        // again until nothing changes, so that a key folds to itself. Every rule but the first pass's x → ks keeps or
        // shortens the key, so this ends.
        var key = Spell(TextFolding.FoldName(spelled.ToString()));
        for (var previous = ""; key != previous;)
        {
            previous = key;
            key = Spell(key);
        }

        return key;
    }

    /// <summary>The spelling rules, in order, once.</summary>
    private static string Spell(string key)
    {
        key = Affricates().Replace(key, "j");                 // dzh, zh, dj → j: Zhaparov, Japarov; Žomart, Jomart
        key = key.Replace("kh", "h", StringComparison.Ordinal) // Khachaturov, Hachaturov
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace('w', 'v')
            .Replace("x", "ks", StringComparison.Ordinal)     // Alexei, Aleksei
            .Replace('q', 'k');                               // Qasym, Kasym
        key = InitialGlide().Replace(key, "");                // Yevseev, Evseev; Iurii, Yuri
        key = Glide().Replace(key, "");                       // Tokayev, Tokaiev, Tokaev; Pashinyan, Pashinian
        key = VowelJ().Replace(key, "i");                     // Sergej, Sergei; Nikolaj, Nikolai
        key = key.Replace('y', 'i');                          // Sergey, Sergei; Sadyr, Sadir
        key = Doubled().Replace(key, "$1");                   // Kassym, Kasym; Dmitrii, Dmitri
        return BelarusianEnding().Replace(key, "enko");       // Lukashenka, Lukashenko
    }

    /// <summary>The letters and digits of a text, without spaces, hyphens or other punctuation: <c>nur-sultan</c> → <c>nursultan</c>.</summary>
    public static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>The words of a text: its runs of letters and digits.</summary>
    public static string[] Words(string text) =>
        WordSeparators().Split(text).Where(w => w.Length > 0).ToArray();

    /// <summary>Whether two texts differ by at most one edit: a letter added, dropped or changed, or two neighbours swapped.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var restA = a.AsSpan(prefix);
        var restB = b.AsSpan(prefix);
        return a.Length == b.Length
            ? restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]))
            : a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }

    [GeneratedRegex("dzh|zh|dj", RegexOptions.CultureInvariant)]
    private static partial Regex Affricates();

    [GeneratedRegex(@"\b[yi](?=[aeou])", RegexOptions.CultureInvariant)]
    private static partial Regex InitialGlide();

    [GeneratedRegex(@"(?<=\p{L})[iyj]+(?=[aeou])", RegexOptions.CultureInvariant)]
    private static partial Regex Glide();

    [GeneratedRegex(@"(\p{L})\1+", RegexOptions.CultureInvariant)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"(?<=[aeiou])j(?![aeiou])", RegexOptions.CultureInvariant)]
    private static partial Regex VowelJ();

    [GeneratedRegex(@"enka\b", RegexOptions.CultureInvariant)]
    private static partial Regex BelarusianEnding();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordSeparators();
}
