namespace FactStore;

/// <summary>
/// The evidence for a stance: an exact quote from the source, where it stands and a little context around it,
/// like the W3C Web Annotation <c>TextQuoteSelector</c> and <c>TextPositionSelector</c> together.
/// </summary>
/// <remarks>
/// An importer needs to give only <see cref="Quote"/> (and <see cref="Prefix"/> or <see cref="Start"/> when the quote
/// occurs more than once). The store anchors it against the source's text and stores the rest: offsets are UTF-16
/// code units into <see cref="Source.Text"/>, <see cref="Start"/> included and <see cref="End"/> excluded.
/// A quote that is not in the source is refused, never stored unanchored.
/// </remarks>
public sealed record Citation
{
    /// <summary>The quoted text. Once anchored, exactly the source's characters from <see cref="Start"/> to <see cref="End"/>.</summary>
    public required string Quote
    {
        get;
        init => field = Defined.NotBlank(value, nameof(Quote), "A citation needs a non-blank quote.");
    }

    /// <summary>Up to 32 characters of the source just before the quote.</summary>
    public string? Prefix { get; init; }

    /// <summary>Up to 32 characters of the source just after the quote.</summary>
    public string? Suffix { get; init; }

    /// <summary>Where the quote starts in the source text.</summary>
    public int? Start
    {
        get;
        init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(Start), value, "An offset cannot be negative.") : value;
    }

    /// <summary>Where the quote ends in the source text (exclusive); not before <see cref="Start"/>.</summary>
    public int? End
    {
        get;
        init => field = value < 0 || value < Start
            ? throw new ArgumentOutOfRangeException(nameof(End), value, "An offset cannot be negative, and the end cannot come before the start.")
            : value;
    }

    /// <summary>How the quote was found; <see cref="CitationAnchor.Unverified"/> until stored.</summary>
    public CitationAnchor Anchor
    {
        get;
        init => field = Defined.Check(value, nameof(Anchor));
    }

    /// <summary>The <see cref="Source.ContentHash"/> of the source text the quote was checked against.</summary>
    public string? SourceContentHash { get; init; }
}
