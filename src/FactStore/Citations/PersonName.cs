namespace FactStore.Citations;

/// <summary>
/// An author's name as citation formats want it: a person's family and given names (with a particle such as
/// <c>van</c> and a suffix such as <c>Jr.</c>), or an organisation's name kept whole (CSL's <c>literal</c>).
/// </summary>
/// <remarks>
/// <see cref="Source.Authors"/> holds names as the source wrote them, so the split is a reading, documented in
/// <c>docs/citations.md</c>: <c>Family, Given</c> is a person; a single word (<c>CEPA</c>), a name with a digit or a
/// domain (<c>Charter97.org</c>), an organisation word (<c>Institute</c>, <c>News</c>, <c>Ministry</c>…) or a
/// joining word (<c>of</c>, <c>for</c>, <c>and</c>, <c>the</c>) is an organisation; otherwise the last word is the
/// family name, the lower-case words just before it its particle, and the words before those the given names.
/// </remarks>
internal sealed record PersonName
{
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "association", "bank", "board", "bureau", "center", "centre", "college", "commission", "committee",
        "company", "corp", "corporation", "council", "daily", "department", "desk", "editorial", "editors", "foundation",
        "fund", "gazeta", "gazette", "gmbh", "government", "group", "herald", "inc", "institut", "institute", "institution",
        "journal", "lab", "laboratory", "library", "llc", "ltd", "media", "ministry", "museum", "network", "news",
        "newsroom", "office", "organisation", "organization", "party", "press", "project", "radio", "review", "service",
        "society", "staff", "team", "television", "times", "tribune", "trust", "tv", "union", "university",
    };

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "of", "for", "and", "the", "on", "&" };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    /// <summary>The family name, for a person.</summary>
    public string? Family { get; private init; }

    /// <summary>The given names, for a person who has them.</summary>
    public string? Given { get; private init; }

    /// <summary>A particle kept with the family name (<c>van</c>, <c>de</c>), CSL's <c>non-dropping-particle</c>.</summary>
    public string? Particle { get; private init; }

    /// <summary>A suffix (<c>Jr.</c>, <c>III</c>).</summary>
    public string? Suffix { get; private init; }

    /// <summary>The whole name of an organisation (or of anyone whose name cannot be split).</summary>
    public string? Literal { get; private init; }

    /// <summary>The name in reading order: <c>Arkady Moshes</c>, <c>Ludwig van Beethoven</c>, <c>CEPA</c>.</summary>
    public string Natural => Literal ?? string.Join(' ', new[] { Given, Particle, Family, Suffix }.OfType<string>());

    /// <summary>The family name with its particle, as sorted and as keys start: <c>van Beethoven</c>.</summary>
    public string FamilyWithParticle => Literal ?? (Particle is null ? Family! : Particle + " " + Family);

    public static PersonName Parse(string name)
    {
        var text = string.Join(' ', name.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        var words = text.Split(' ');
        if (words.Length == 1 || IsOrganisation(text, words))
        {
            return new PersonName { Literal = text };
        }

        if (text.Contains(',', StringComparison.Ordinal))
        {
            return Inverted([.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)], text);
        }

        var suffix = Suffixes.Contains(words[^1]) ? words[^1] : null;
        var rest = suffix is null ? words : words[..^1];
        if (rest.Length == 1)
        {
            return new PersonName { Literal = text };
        }

        var particleStart = rest.Length - 1;
        while (particleStart > 1 && IsParticle(rest[particleStart - 1]))
        {
            particleStart--;
        }

        return new PersonName
        {
            Family = rest[^1],
            Given = string.Join(' ', rest[..particleStart]),
            Particle = particleStart < rest.Length - 1 ? string.Join(' ', rest[particleStart..^1]) : null,
            Suffix = suffix,
        };
    }

    /// <summary><c>Family, Given</c>, <c>Family, Jr., Given</c> (BibTeX's order) or <c>Family, Given, Jr.</c>.</summary>
    private static PersonName Inverted(string[] parts, string text)
    {
        var (family, given, suffix) = parts switch
        {
            [var f, var g] when !Suffixes.Contains(g) => (f, g, (string?)null),
            [var f, var s, var g] when Suffixes.Contains(s) => (f, g, s),
            [var f, var g, var s] when Suffixes.Contains(s) => (f, g, s),
            _ => (null, null, null),
        };
        if (family is null || given is null)
        {
            return new PersonName { Literal = text };
        }

        var familyWords = family.Split(' ');
        var particleEnd = 0;
        while (particleEnd < familyWords.Length - 1 && IsParticle(familyWords[particleEnd]))
        {
            particleEnd++;
        }

        return new PersonName
        {
            Family = string.Join(' ', familyWords[particleEnd..]),
            Given = given,
            Particle = particleEnd > 0 ? string.Join(' ', familyWords[..particleEnd]) : null,
            Suffix = suffix,
        };
    }

    private static bool IsOrganisation(string text, string[] words) =>
        text.Any(c => char.IsAsciiDigit(c) || c is '&' or '@' or '/')
        || words.Any(w => OrganisationWords.Contains(w.Trim('.', ',', '(', ')')) || JoiningWords.Contains(w) || IsDomain(w));

    /// <summary>A web domain (<c>meduza.io</c>, <c>Charter97.org</c>): a lower-case ending of two letters or more after a dot.</summary>
    private static bool IsDomain(string word)
    {
        var dot = word.LastIndexOf('.');
        return dot > 0 && word.Length - dot > 2 && word[(dot + 1)..].All(char.IsAsciiLetterLower);
    }

    private static bool IsParticle(string word) => word.Length > 0 && word.All(c => char.IsLower(c) || c == '\'');
}
