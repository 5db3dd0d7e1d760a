namespace FactStore;

/// <summary>What <see cref="IFactStoreReader.SearchAsync"/> searches; combine with <c>|</c>.</summary>
[Flags]
public enum SearchScope
{
    /// <summary>Nothing: the search returns an empty page.</summary>
    None = 0,

    /// <summary>Facts' statements (<see cref="Fact.Statement"/>).</summary>
    Statements = 1,

    /// <summary>Stances' quotes (<see cref="Citation.Quote"/>).</summary>
    Quotes = 2,

    /// <summary>Sources' texts (<see cref="Source.Text"/>).</summary>
    SourceTexts = 4,

    /// <summary>Statements, quotes and source texts.</summary>
    All = Statements | Quotes | SourceTexts,
}
