namespace FactStore;

/// <summary>
/// Where in a source a stance is evidenced: an exact quote, where it stands and a little context around it, like the
/// W3C Web Annotation <c>TextQuoteSelector</c> and <c>TextPositionSelector</c> together; or, for a source known only
/// by reference, the quote and place as the input gave them.
/// </summary>
/// <remarks>
/// An importer needs to give only <see cref="Quote"/> (and <see cref="Prefix"/>, <see cref="Suffix"/> or
/// <see cref="Start"/> when the quote occurs more than once), or <see cref="Start"/> and <see cref="End"/> alone. When
/// the source's text is in the store, the store anchors the citation against it and stores the rest: offsets are UTF-16
/// code units into <see cref="Source.Text"/>, <see cref="Start"/> included and <see cref="End"/> excluded; a quote that
/// is not in the text is refused, never stored unanchored. When the source has no text, the citation is kept as given
/// and its <see cref="Anchor"/> stays <see cref="CitationAnchor.Unverified"/>.
/// </remarks>
public sealed record Citation
{
    /// <summary>The quoted text; once anchored, exactly the source's characters from <see cref="Start"/> to <see cref="End"/>.</summary>
    public string? Quote
    {
        get;
        init => field = value is null ? null : Defined.NotBlank(value, nameof(Quote), "A quote, when given, is not blank.");
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
        init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(End), value, "An offset cannot be negative.") : value;
    }

    /// <summary>
    /// The place in the source's own terms, when the input gives one: a page (<c>p. 12</c>), a section, a timestamp, or
    /// reference details the model has no field for. Kept as given; not checked.
    /// </summary>
    public string? Locator
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>How the quote was found; <see cref="CitationAnchor.Unverified"/> until stored, and for a source without text.</summary>
    public CitationAnchor Anchor
    {
        get;
        init => field = Defined.Check(value, nameof(Anchor));
    }

    /// <summary>The <see cref="Source.ContentHash"/> of the source text the quote was checked against.</summary>
    public string? SourceContentHash { get; init; }

    /// <summary>Checks the rules that span several properties: an end not before the start, and something to cite.</summary>
    /// <exception cref="ArgumentException">A rule is broken; the message says which.</exception>
    public void Validate()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid Citation: " + string.Join(" ", problems));
        }
    }

    internal IEnumerable<string> Problems()
    {
        if (End < Start)
        {
            yield return $"Its end ({End}) comes before its start ({Start}).";
        }

        if (Quote is null && Locator is null && (Start is null || End is null))
        {
            yield return "A citation needs a quote, a locator, or both a start and an end offset.";
        }
    }
}
