namespace FactStore;

/// <summary>Which facts to find. Every criterion given must hold; none given finds all current facts.</summary>
/// <remarks>
/// Names resolve through entity labels, aliases and external ids (<c>Q2112</c>, <c>wikidata:Q2112</c>) with case, diacritics and typography folded. Superseded and
/// retracted facts are hidden unless asked for. The two time axes are separate: <see cref="ValidAt"/> and
/// <see cref="ValidDuring"/> are when the fact holds in the world, what the store knew at a past moment is
/// asked of <see cref="IFactStoreReader.AsKnownAt"/>.
/// </remarks>
public sealed record FactQuery
{
    /// <summary>The subject: an entity id, label, alias or external id.</summary>
    public string? Subject { get; init; }

    /// <summary>The predicate, compared with case and typography folded.</summary>
    public string? Predicate { get; init; }

    /// <summary>The object: an entity id, label, alias or external id, or a literal value.</summary>
    public string? Object { get; init; }

    /// <summary>
    /// Only facts about this entity, as subject or as object: an entity id, label, alias or external id. With
    /// <see cref="Order"/> = <see cref="FactOrder.Validity"/> this is the entity's timeline.
    /// </summary>
    public string? About { get; init; }

    /// <summary>Only facts whose validity contains this day (see <see cref="ValidityInterval.Contains"/>).</summary>
    public DateOnly? ValidAt { get; init; }

    /// <summary>
    /// Only facts whose validity overlaps this interval, e.g. <c>ValidityInterval.Parse("2022")</c> for "during 2022".
    /// </summary>
    /// <remarks>
    /// <para>Each end counts at its precision: a month covers its days, a year all of its days, so a fact valid in
    /// 2022-03 overlaps "2022", and a fact valid in 2022 overlaps "2022-03". An open end (<c>2020/..</c>) is unbounded,
    /// both for the interval asked about and for the fact's validity.</para>
    /// <para>A fact with no validity stated never matches, nor does one with a date without a year (<c>XXXX-09</c>), since
    /// nothing places it in a year.</para>
    /// <para>An interval without years (<c>XXXX-09</c>, <c>XXXX-11-23</c>, <c>XXXX-11/XXXX-02</c>, which wraps
    /// around the new year) asks by month and day in any year: it matches a dated fact whose validity overlaps those
    /// days in some year (every fact open at one end does), and a fact dated without a year by its months and days. Its
    /// two ends are then both without a year; mixing a dated end with one without a year, or with an open end, is
    /// refused.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">One end of the interval has a year and the other has none, or is open.</exception>
    public ValidityInterval? ValidDuring
    {
        get;
        init => field = CheckDuring(value, nameof(ValidDuring));
    }

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

    /// <summary>
    /// The order of the facts: <see cref="FactOrder.Recorded"/> (the default) or <see cref="FactOrder.Validity"/>. A
    /// cursor continues the order it was made in.
    /// </summary>
    public FactOrder Order
    {
        get;
        init => field = Defined.Check(value, nameof(Order));
    }

    /// <summary>The <see cref="Page{T}.NextCursor"/> of the previous page, to continue a list; <see langword="null"/> for the first page.</summary>
    public string? After { get; init; }

    /// <summary>The most facts one page holds (default 1000); when more match, the page says so and gives a cursor.</summary>
    public int Limit
    {
        get;
        init => field = Defined.Limit(value, nameof(Limit));
    } = 1000;

    private static ValidityInterval? CheckDuring(ValidityInterval? during, string paramName)
    {
        if (during is { } d && (d.From is { HasYear: false } || d.To is { HasYear: false })
            && (d.From is not { HasYear: false } || d.To is not { HasYear: false }))
        {
            throw new ArgumentException(
                $"'{d}' mixes an end without a year with a dated or open one: ask by month and day at both ends (XXXX-09, XXXX-11/XXXX-02) or by dates.",
                paramName);
        }

        return during;
    }
}
