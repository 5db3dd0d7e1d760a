namespace FactStore;

/// <summary>
/// A stance's quote cannot be anchored in its source's text: it is not there (even with typography folded), only inside
/// longer words, or at several places with no hint to choose one. Nothing of that import was written.
/// </summary>
public sealed class CitationNotFoundException : FactStoreException
{
    private const string NotInText = "the quote is not in the text";

    /// <summary>Creates the exception.</summary>
    /// <param name="sourceId">The source the quote was looked for in.</param>
    /// <param name="quote">The quote; the message quotes at most <see cref="ImportLimits.ExcerptLength"/> characters of it.</param>
    /// <param name="input">The input's name, if known.</param>
    /// <param name="line">The 1-based line in the input, if known.</param>
    /// <param name="reason">Why, as <see cref="QuoteAnchoring.Reason"/> says it; by default, that the quote is not in the text.</param>
    public CitationNotFoundException(string sourceId, string quote, string? input = null, int? line = null, string? reason = null)
        : base($"{(input is null ? "" : line is null ? input + ": " : $"{input}, line {line}: ")}{reason ?? NotInText}, in source {sourceId}: \"{ImportLimits.Excerpt(quote)}\"")
    {
        SourceId = sourceId;
        Quote = quote;
        Input = input;
        Line = line;
        Reason = reason ?? NotInText;
    }

    /// <summary>Why the quote cannot be anchored, without the source, quote or input (see <see cref="QuoteAnchoring.Reason"/>).</summary>
    public string Reason { get; }

    /// <summary>The source the quote was looked for in.</summary>
    public string SourceId { get; }

    /// <summary>The quote that was not found, whole.</summary>
    public string Quote { get; }

    /// <summary>The input's name, if known.</summary>
    public string? Input { get; }

    /// <summary>The 1-based line in the input, if known.</summary>
    public int? Line { get; }
}
