namespace FactStore;

/// <summary>One record whose text matched a <see cref="SearchQuery"/>, with a snippet and, in a source's text, where.</summary>
public sealed record SearchHit
{
    /// <summary>What matched: a statement, a quote or a source's text.</summary>
    public required SearchHitKind Kind { get; init; }

    /// <summary>The id of the record that matched: the fact, the stance or the source, by <see cref="Kind"/>.</summary>
    public required string RecordId { get; init; }

    /// <summary>The fact: the one whose statement matched, or the one the matching quote's stance is about; null for a source text.</summary>
    public string? FactId { get; init; }

    /// <summary>The source: the one whose text matched, or the one the matching quote is from; null for a statement.</summary>
    public string? SourceId { get; init; }

    /// <summary>
    /// A short excerpt of the text around the best match, with every matched word or phrase between <c>**</c> and
    /// <c>**</c> (Markdown's bold) and <c>…</c> where the excerpt cuts the text.
    /// </summary>
    public required string Snippet { get; init; }

    /// <summary>
    /// For a quote or a source text: where the first match of the snippet starts in the source's text, in UTF-16 code
    /// units (as <see cref="string.Substring(int, int)"/> counts); null for a statement, and for a quote from a source
    /// known only by reference.
    /// </summary>
    public int? Start { get; init; }

    /// <summary>Where that match ends in the source's text (exclusive); null when <see cref="Start"/> is.</summary>
    public int? End { get; init; }

    /// <summary>
    /// The relevance: BM25 (the engine's full-text ranking), higher is better. Scores compare within one search; each
    /// kind of text is ranked by its own word statistics.
    /// </summary>
    public required double Score { get; init; }
}
