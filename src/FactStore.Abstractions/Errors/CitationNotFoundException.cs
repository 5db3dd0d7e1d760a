namespace FactStore;

/// <summary>A stance's quote is not in its source's text (even with typography folded); nothing of that import was written.</summary>
public sealed class CitationNotFoundException : FactStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceId">The source the quote was looked for in.</param>
    /// <param name="quote">The quote.</param>
    /// <param name="input">The input's name, if known.</param>
    /// <param name="line">The 1-based line in the input, if known.</param>
    /// <param name="detail">Why, when the quote is there but cannot be anchored (e.g. it occurs more than once).</param>
    public CitationNotFoundException(string sourceId, string quote, string? input = null, int? line = null, string? detail = null)
        : base($"{(input is null ? "" : line is null ? input + ": " : $"{input}, line {line}: ")}{detail ?? "the quote is not in the text of source"} {sourceId}: \"{quote}\"")
    {
        SourceId = sourceId;
        Quote = quote;
        Input = input;
        Line = line;
    }

    /// <summary>The source the quote was looked for in.</summary>
    public string SourceId { get; }

    /// <summary>The quote that was not found.</summary>
    public string Quote { get; }

    /// <summary>The input's name, if known.</summary>
    public string? Input { get; }

    /// <summary>The 1-based line in the input, if known.</summary>
    public int? Line { get; }
}
