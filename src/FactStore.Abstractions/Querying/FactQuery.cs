namespace FactStore;

/// <summary>Which facts to find. Every criterion given must hold; none given finds all current facts.</summary>
/// <remarks>
/// Names resolve through entity labels, aliases and external ids (<c>Q2112</c>, <c>wikidata:Q2112</c>) with case, diacritics and typography folded. Superseded and
/// retracted facts are hidden unless asked for. The two time axes are separate: <see cref="ValidAt"/> is when the fact
/// holds in the world, <see cref="KnownAt"/> is what the store knew at a past moment.
/// </remarks>
public sealed record FactQuery
{
    /// <summary>The subject: an entity id, label, alias or external id.</summary>
    public string? Subject { get; init; }

    /// <summary>The predicate, compared with case and typography folded.</summary>
    public string? Predicate { get; init; }

    /// <summary>The object: an entity id, label, alias or external id, or a literal value.</summary>
    public string? Object { get; init; }

    /// <summary>Only facts whose validity contains this day (see <see cref="ValidityInterval.Contains"/>).</summary>
    public DateOnly? ValidAt { get; init; }

    /// <summary>Answer as the store knew it at this moment: later records, supersessions and retractions are ignored.</summary>
    public DateTimeOffset? KnownAt { get; init; }

    /// <summary>Only facts with both a supporting and a refuting current stance.</summary>
    public bool OnlyContested { get; init; }

    /// <summary>Also return facts a correction has superseded.</summary>
    public bool IncludeSuperseded { get; init; }

    /// <summary>Also return retracted facts.</summary>
    public bool IncludeRetracted { get; init; }

    /// <summary>Which facts to return by the rank their sources give them; by default deprecated-only facts are hidden.</summary>
    public RankFilter Ranks
    {
        get;
        init => field = Defined.Check(value, nameof(Ranks));
    }

    /// <summary>The <see cref="Page{T}.NextCursor"/> of the previous page, to continue a list; <see langword="null"/> for the first page.</summary>
    public string? After { get; init; }

    /// <summary>The most facts one page holds (default 1000); when more match, the page says so and gives a cursor.</summary>
        public int Limit
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Limit), value, "The limit must be positive.");
    } = 1000;
}
