namespace FactStore.Text;

/// <summary>Where a quote was found in a source text, or why it could not be anchored.</summary>
internal readonly record struct AnchoredQuote(int Start, int End, CitationAnchor Anchor, string? Failure)
{
    public bool Found => Failure is null;

    public static AnchoredQuote Fail(string reason) => new(0, 0, CitationAnchor.Unverified, reason);
}
