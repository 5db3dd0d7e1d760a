using FactStore.Text;

namespace FactStore.Searching;

/// <summary>
/// Scores a label or alias against the name asked for (docs/search.md, "Names"). Each rule has a fixed score, and a
/// stronger kind always scores higher than a weaker one, so that candidates sort by score.
/// </summary>
internal sealed class NameMatcher
{
    /// <summary>The shortest name (letters and digits) one typo is forgiven in: in a shorter one, one edit makes another name.</summary>
    private const int TypoMinimumLength = 6;

    private readonly string[] _words;
    private readonly string _compact;
    private readonly string _spellingCompact;

    public NameMatcher(string query)
    {
        Folded = TextFolding.FoldName(query);
        Spelling = NameSpelling.Fold(query);
        _words = NameSpelling.Words(Folded);
        _compact = NameSpelling.Compact(Folded);
        _spellingCompact = NameSpelling.Compact(Spelling);
    }

    /// <summary>The name folded as labels and aliases are looked up (<see cref="TextFolding.FoldName"/>).</summary>
    public string Folded { get; }

    /// <summary>The name's transliteration key (<see cref="NameSpelling.Fold"/>).</summary>
    public string Spelling { get; }

    /// <summary>Whether the name has no letter or digit, and so matches nothing.</summary>
    public bool IsBlank => _compact.Length == 0;

    /// <summary>How a label or alias (folded, and its transliteration key) matches the name; null when it does not.</summary>
    /// <param name="folded">The label or alias, folded.</param>
    /// <param name="spelling">Its transliteration key.</param>
    /// <param name="person">Whether it names a person: only a person's last word is a surname.</param>
    public (NameMatchKind Kind, double Score)? Match(string folded, string spelling, bool person)
    {
        if (folded == Folded)
        {
            return (NameMatchKind.Exact, 1.0);
        }

        var words = NameSpelling.Words(folded);
        var surname = person && _words.Length == 1 && words.Length > 1;
        if (surname && words[^1] == _words[0])
        {
            return (NameMatchKind.Surname, 0.9);
        }

        if (NameSpelling.Compact(folded) is var compact && compact == _compact)
        {
            return (NameMatchKind.Spelling, 0.85);
        }

        var spellingCompact = NameSpelling.Compact(spelling);
        if (spellingCompact == _spellingCompact)
        {
            return (NameMatchKind.Spelling, 0.8);
        }

        var spellingWords = NameSpelling.Words(spelling);
        if (surname && spellingWords.Length > 0 && spellingWords[^1] == _spellingCompact)
        {
            return (NameMatchKind.Spelling, 0.75);
        }

        if (OneTypo(compact, _compact) || OneTypo(spellingCompact, _spellingCompact))
        {
            return (NameMatchKind.Spelling, 0.7);
        }

        if (surname && (OneTypo(words[^1], _words[0]) || (spellingWords.Length > 0 && OneTypo(spellingWords[^1], _spellingCompact))))
        {
            return (NameMatchKind.Spelling, 0.65);
        }

        return _words.Length > 0 && _words.All(w => words.Contains(w, StringComparer.Ordinal))
            ? (NameMatchKind.Partial, 0.5)
            : null;
    }

    private static bool OneTypo(string a, string b) =>
        Math.Min(a.Length, b.Length) >= TypoMinimumLength && NameSpelling.WithinOneEdit(a, b);
}
