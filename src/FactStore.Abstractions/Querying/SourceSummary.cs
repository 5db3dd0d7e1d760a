namespace FactStore;

/// <summary>A source with how much the store takes from it, as <see cref="IFactStoreReader.ListSourcesAsync"/> lists it.</summary>
public sealed record SourceSummary
{
    /// <summary>
    /// The source's metadata: id, content hash, title, publisher, authors, dates, locators. Its text is left out
    /// (<see cref="Source.IsTextOmitted"/>); <see cref="IFactStoreReader.GetSourceAsync(string, CancellationToken)"/> reads it.
    /// </summary>
    public required Source Source { get; init; }

    /// <summary>
    /// The length of the text in UTF-16 code units (<see cref="string.Length"/>, the unit of citation offsets); 0 for a
    /// source known by reference or redacted.
    /// </summary>
    public int TextLength { get; init; }

    /// <summary>The standing facts the source has a current stance on.</summary>
    public int FactCount { get; init; }

    /// <summary>The current stances taken from the source on standing facts: what <see cref="StanceQuery.Source"/> finds.</summary>
    public int StanceCount { get; init; }
}
