namespace FactStore;

/// <summary>
/// Which stances to find: who said what, where. Every criterion given must hold; none given finds every current stance.
/// "What did X say about Y" is <see cref="Holder"/> = X and <see cref="About"/> = Y.
/// </summary>
/// <remarks>
/// Names resolve as <see cref="FactQuery.Subject"/> does: entity id, label, alias or external id, with case, diacritics
/// and typography folded. By default only current stances on standing facts are returned: a stance or fact a correction
/// superseded, or one that was retracted, is hidden unless asked for.
/// </remarks>
public sealed record StanceQuery
{
    /// <summary>
    /// Only stances this entity holds (the stance's <see cref="Stance.HolderId"/>). A stance without a holder, which
    /// its source itself holds, never matches: ask by <see cref="Source"/> for those.
    /// </summary>
    public string? Holder { get; init; }

    /// <summary>Only stances taken from this source: a source id (<c>src_…</c>) or one of its locators (a URL, a DOI, a file name).</summary>
    public string? Source { get; init; }

    /// <summary>Only stances with this position.</summary>
    public StancePosition? Position
    {
        get;
        init => field = value is StancePosition p ? Defined.Check(p, nameof(Position)) : null;
    }

    /// <summary>Only stances on this fact (its id; other versions of the fact are not followed).</summary>
    public string? Fact { get; init; }

    /// <summary>Only stances on facts about this entity, as the fact's subject or object.</summary>
    public string? About { get; init; }

    /// <summary>Also return stances a correction superseded, and stances on facts a correction superseded.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Also return retracted stances, and stances on retracted facts.</summary>
    public bool IncludeRetracted { get; init; }

    /// <summary>
    /// Whether each <see cref="StanceEvidence.Source"/> carries its text; by default it carries its metadata only
    /// (<see cref="FactStore.Source.IsTextOmitted"/>).
    /// </summary>
    public bool IncludeSourceText { get; init; }

    /// <summary>The order of the stances: as recorded (the default), or as they stand in their source's text.</summary>
    public StanceOrder Order
    {
        get;
        init => field = Defined.Check(value, nameof(Order));
    }

    /// <summary>The <see cref="Page{T}.NextCursor"/> of the previous page, to continue a list; <see langword="null"/> for the first page.</summary>
    public string? After { get; init; }

    /// <summary>The most stances one page holds (default 1000); when more match, the page says so and gives a cursor.</summary>
    public int Limit
    {
        get;
        init => field = Defined.Limit(value, nameof(Limit));
    } = 1000;
}
