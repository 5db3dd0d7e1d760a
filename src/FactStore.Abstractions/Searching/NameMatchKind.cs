namespace FactStore;

/// <summary>How a <see cref="NameCandidate"/> matched the name asked for, from the strongest to the weakest.</summary>
public enum NameMatchKind
{
    /// <summary>A label or alias, an external id or the entity id, with case, diacritics and typography folded.</summary>
    Exact = 0,

    /// <summary>The last word of a person's label or alias of several words: <c>Moshes</c> for <c>Arkady Moshes</c>.</summary>
    Surname = 1,

    /// <summary>
    /// Another spelling of a label or alias (or of a person's last word): a hyphen, space or other punctuation more or less
    /// (<c>Nur Sultan</c>, <c>Nursultan</c>), another transliteration (<c>Tokaev</c>, <c>Tokayev</c>, <c>Токаев</c>), or
    /// one typo (one letter added, dropped, changed, or two neighbours swapped, in a name of six letters or more).
    /// </summary>
    Spelling = 2,

    /// <summary>
    /// Every word of the name is a word of a label or alias, but not its last word alone (<c>Vladimir</c> for
    /// <c>Vladimir Putin</c>): a suggestion, never a confident <see cref="NameResolution.Match"/>.
    /// </summary>
    Partial = 3,
}
