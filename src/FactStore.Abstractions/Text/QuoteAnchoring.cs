using System.Diagnostics.CodeAnalysis;

namespace FactStore;

/// <summary>
/// Where a quote anchors in a text, and how; or why it cannot be anchored. Returned by
/// <see cref="AnchoringText.Locate"/>.
/// </summary>
/// <remarks>
/// Like a regular expression's <c>Match</c>, <see cref="Start"/> and <see cref="End"/> are 0 when the quote is not
/// found; check <see cref="IsFound"/> first.
/// </remarks>
public sealed record QuoteAnchoring
{
    private QuoteAnchoring()
    {
    }

    /// <summary>Whether the quote anchors at one place; then <see cref="Citation"/> and <see cref="Quote"/> are set, else <see cref="Reason"/>.</summary>
    [MemberNotNullWhen(true, nameof(Citation), nameof(Quote))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool IsFound => Citation is not null;

    /// <summary>Where the quote starts: a UTF-16 offset into <see cref="AnchoringText.Text"/>, included; 0 when not found.</summary>
    public int Start => Citation?.Start ?? 0;

    /// <summary>Where the quote ends: a UTF-16 offset into <see cref="AnchoringText.Text"/>, excluded; 0 when not found.</summary>
    public int End => Citation?.End ?? 0;

    /// <summary>The source's own characters from <see cref="Start"/> to <see cref="End"/>, which may differ from the quote in typography.</summary>
    public string? Quote => Citation?.Quote;

    /// <summary>How the quote matched; <see cref="CitationAnchor.Unverified"/> when not found.</summary>
    public CitationAnchor Anchor => Citation?.Anchor ?? CitationAnchor.Unverified;

    /// <summary>
    /// The citation the store would keep for this quote: quote, offsets, up to 32 characters of context each side,
    /// anchor and <see cref="Citation.SourceContentHash"/>; null when not found.
    /// </summary>
    public Citation? Citation { get; private init; }

    /// <summary>Why the quote cannot be anchored; <see cref="AnchoringFailure.None"/> when it is found.</summary>
    public AnchoringFailure Failure { get; private init; }

    /// <summary>
    /// Why the quote cannot be anchored, in words: the places it occurs and, when there are several, a start, prefix or
    /// suffix that would choose each; null when found.
    /// </summary>
    public string? Reason { get; private init; }

    /// <summary>
    /// The start offsets of every place the quote occurs at word boundaries, in order (the places cut out of longer
    /// words when that is all there is); one entry when it occurs once. Pass one as a start hint to
    /// <see cref="AnchoringText.Locate"/> to see the citation at that place.
    /// </summary>
    public IReadOnlyList<int> CandidateStarts { get; private init; } = [];

    internal static QuoteAnchoring At(Citation citation, int[] candidates) => new() { Citation = citation, CandidateStarts = candidates };

    internal static QuoteAnchoring NotFound(AnchoringFailure failure, string reason, int[] candidates) =>
        new() { Failure = failure, Reason = reason, CandidateStarts = candidates };
}
