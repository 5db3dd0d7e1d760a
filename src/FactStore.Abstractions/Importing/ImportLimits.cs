namespace FactStore;

/// <summary>
/// Limits on what one input may hold, so that a malformed or hostile input fails with a clear error instead of
/// exhausting memory. A value over a limit is refused as a bad record naming the input, the line and the limit.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>The defaults: lines up to 16 Mi characters, texts up to 64 Mi characters, quotes up to 16 Ki characters, labels up to 4 Ki characters, JSON nested 64 deep.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>The longest line a line-based input (JSON Lines, a Wikidata dump, CSV) may have, in characters.</summary>
    public int MaxLineLength
    {
        get;
        init => field = Positive(value, nameof(MaxLineLength));
    } = 16 * 1024 * 1024;

    /// <summary>The longest source text, in UTF-16 characters.</summary>
    public int MaxTextLength
    {
        get;
        init => field = Positive(value, nameof(MaxTextLength));
    } = 64 * 1024 * 1024;

    /// <summary>The longest quote a citation may hold, in characters.</summary>
    public int MaxQuoteLength
    {
        get;
        init => field = Positive(value, nameof(MaxQuoteLength));
    } = 16 * 1024;

    /// <summary>The longest label, alias, predicate or other short text, in characters.</summary>
    public int MaxLabelLength
    {
        get;
        init => field = Positive(value, nameof(MaxLabelLength));
    } = 4 * 1024;

    /// <summary>How deep JSON (or other nested input) may nest.</summary>
    public int MaxNestingDepth
    {
        get;
        init => field = Positive(value, nameof(MaxNestingDepth));
    } = 64;

    /// <summary>At most this many characters of input are quoted in an error message (about 200), so a huge bad value does not make a huge message.</summary>
    public const int ExcerptLength = 200;

    /// <summary>The text shortened for an error message: at most <see cref="ExcerptLength"/> characters, with how much was left out.</summary>
    /// <param name="text">The text to quote.</param>
    /// <returns>The excerpt.</returns>
    public static string Excerpt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= ExcerptLength ? text : $"{text[..ExcerptLength]}… ({text.Length - ExcerptLength:N0} more characters)";
    }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A limit is a positive number.");
}
