namespace FactStore;

/// <summary>A full-text search of statements, quotes and source texts (see <see cref="IFactStoreReader.SearchAsync"/>).</summary>
/// <remarks>
/// <para>
/// <see cref="Text"/> is what a user types: words, and phrases between double quotes. Every word must occur (in any
/// order); a phrase must occur as written. Case, diacritics and punctuation do not matter; a word matches whole words
/// only. Nothing else is syntax: <c>*</c>, <c>-</c>, <c>OR</c>, <c>NEAR(</c>, parentheses and SQL are searched as the
/// words they contain, or ignored when they contain none.
/// </para>
/// <para>
/// A text with no letter or digit in it (empty, white space, punctuation, emoji) finds nothing: the page is empty.
/// Superseded and retracted records are left out unless asked for; a redacted source's text and quotes are never found.
/// </para>
/// </remarks>
public sealed record SearchQuery
{
    /// <summary>The words and "phrases" to find.</summary>
    public required string Text
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Text));
    }

    /// <summary>What to search (default: statements, quotes and source texts).</summary>
    public SearchScope Scope
    {
        get;
        init => field = Defined.Check(value, nameof(Scope));
    } = SearchScope.All;

    /// <summary>Also find facts and stances a correction has superseded.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Also find retracted facts and stances.</summary>
    public bool IncludeRetracted { get; init; }

    /// <summary>The <see cref="Page{T}.NextCursor"/> of the previous page, to continue; <see langword="null"/> for the first page.</summary>
    public string? After { get; init; }

    /// <summary>The most hits one page holds (default 50); when more match, the page says so and gives a cursor.</summary>
    public int Limit
    {
        get;
        init => field = Defined.Limit(value, nameof(Limit));
    } = 50;
}
