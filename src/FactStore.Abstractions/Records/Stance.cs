using FactStore.Identity;
using FactStore.Text;

namespace FactStore;

/// <summary>A holder's position on a fact, taken from a source and backed by a quote from it.</summary>
/// <remarks>
/// The holder is the source itself (<see cref="HolderId"/> is <see langword="null"/>) or a named speaker quoted in
/// it, such as an interviewed expert. A correction is a new stance whose <see cref="Supersedes"/> names the old one.
/// </remarks>
public sealed record Stance : StoreRecord
{
    // Set only on a stance read back after its source was redacted: the quote its id was hashed from is gone.
    private string? _storedId;

    /// <summary>The fact the stance is on.</summary>
    public required string FactId
    {
        get;
        init => field = Defined.NotBlank(value, nameof(FactId), "A stance needs a fact id.");
    }

    /// <summary>The source the stance is taken from.</summary>
    public required string SourceId
    {
        get;
        init => field = Defined.NotBlank(value, nameof(SourceId), "A stance needs a source id.");
    }

    /// <summary>Supports, refutes, neutral or uncertain.</summary>
    public required StancePosition Position
    {
        get;
        init => field = Defined.Check(value, nameof(Position));
    }

    /// <summary>
    /// Where in the source the stance is evidenced: a quote, anchored by the store when the source's text is in it; or
    /// <see langword="null"/> when the stance cites a source known only by reference as a whole (a Wikidata reference).
    /// A source with text must always be cited with a quote or offsets.
    /// </summary>
    public Citation? Citation { get; init; }

    /// <summary>How the source ranks the statement (Wikidata's rank); deprecated stances do not make a fact visible to default queries.</summary>
    public StatementRank Rank
    {
        get;
        init => field = Defined.Check(value, nameof(Rank));
    }

    /// <summary>
    /// Details of the holder's position in the source's own terms, in order: a fact-checker's rating (its value, best,
    /// worst and name), the properties of a Wikidata reference the model has no field for. Part of the stance's identity.
    /// </summary>
    public IReadOnlyList<Qualifier> Qualifiers
    {
        get;
        init => field = Defined.CopyRecords(value, nameof(Qualifiers));
    } = [];

    /// <summary>
    /// The stance's key at its origin (e.g. a Wikidata statement id and reference hash), when it has one. When a stance
    /// with a key the store already knows on the same fact arrives with changed content (a new rank, a new position),
    /// the store writes it as a correction of the earlier one.
    /// </summary>
    public string? Key
    {
        get;
        init => field = value is null ? null : Defined.NotBlank(value, nameof(Key), "A stance key, when given, is not blank.").Trim();
    }

    /// <summary>The entity (a person quoted in the source) holding the position, or <see langword="null"/> for the source itself.</summary>
    public string? HolderId { get; init; }

    /// <summary>When the holder said it, if the source tells.</summary>
    public PartialDate? SaidAt
    {
        get;
        init => field = PartialDate.Checked(value, nameof(SaidAt));
    }

    /// <summary>Who or what decided the position.</summary>
    public StanceOrigin Origin
    {
        get;
        init => field = Defined.Check(value, nameof(Origin));
    }

    /// <summary>How sure the decider is, from 0 to 1, when it says so.</summary>
    public double? Confidence
    {
        get;
        init => field = value is < 0 or > 1 or double.NaN
            ? throw new ArgumentOutOfRangeException(nameof(Confidence), value, "Confidence is a number from 0 to 1.")
            : value;
    }

    /// <summary>
    /// Whether the cited source was redacted: the citation's quote, prefix, suffix and offsets are then erased, and
    /// <see cref="Id"/> is the stored one. Such a stance (or a copy made with <c>with</c>) cannot be written again.
    /// </summary>
    public bool IsRedacted => _storedId is not null;

    /// <summary>The identifier of the stance this one corrects, if it is a correction.</summary>
    public string? Supersedes { get; init; }

    /// <summary>
    /// The identifier the first release of FactStore stored this stance under (its id scheme hashed fewer fields); when
    /// set, it is <see cref="Id"/>. The store sets it on stances it reads back from a database that release wrote, and
    /// ignores it on stances it writes, so a correction made with <c>with</c> gets an id of its own.
    /// </summary>
    public string? FirstReleaseId
    {
        get;
        init => field = value is null ? null : Defined.NotBlank(value, nameof(FirstReleaseId), "A first-release id, when given, is not blank.");
    }

    /// <summary>
    /// <c>stn_</c> and a hash of fact, source, holder, position, origin, the quote with typography folded,
    /// <see cref="Supersedes"/>, the citation's offsets and locator, the rank, the key and the qualifiers when there are any. The same stance imported again,
    /// with straight or curly quotes, has the same id; the same quote cited at two places is two stances; a curated and a
    /// model stance on the same quote are two stances. The store computes the id once it has anchored the citation.
    /// </summary>
    public override string Id => _storedId ?? FirstReleaseId ?? ContentId.Create(
        "stn",
        FactId,
        SourceId,
        HolderId,
        Position.ToString(),
        Origin.ToString(),
        Citation?.Quote is string quote ? TextFolding.FoldTypography(quote).Trim() : null,
        Supersedes,
        Citation is { Start: int start, End: int end } ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start}-{end}") : null,
        Citation?.Locator,
        Rank.ToString(),
        Key,
        Qualifiers.Count > 0 ? "qualifiers:" + Qualifier.Identity(Qualifiers) : null);

    private protected override IEnumerable<string> Problems() => Citation?.Problems() ?? [];

    /// <summary>
    /// The stance as a store reads it back after its source was redacted: the citation's quote, prefix, suffix and
    /// offsets erased, <see cref="Id"/> the one it was stored under (it can no longer be computed).
    /// </summary>
    /// <param name="storedId">The identifier the stance was stored under.</param>
    /// <returns>The redacted stance; it cannot be written again.</returns>
    public Stance AsRedacted(string storedId) => this with
    {
        Citation = (Citation ?? new Citation { Locator = "redacted" }) with { Quote = Source.RedactedText, Prefix = "", Suffix = "", Start = null, End = null },
        _storedId = Defined.NotBlank(storedId, nameof(storedId), "A redacted stance keeps the id it was stored under."),
    };
}
