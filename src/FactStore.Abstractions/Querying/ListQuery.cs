namespace FactStore;

/// <summary>Which entities, predicates or sources to list, for discovering what a store can be asked.</summary>
public sealed record ListQuery
{
    /// <summary>
    /// Only those whose name starts with this text, with case, diacritics and typography folded: an entity's label or
    /// any alias, a predicate, a source's title. <see langword="null"/> lists all.
    /// </summary>
    public string? Prefix { get; init; }

    /// <summary>The <see cref="Page{T}.NextCursor"/> of the previous page, to continue a list; <see langword="null"/> for the first page.</summary>
    public string? After { get; init; }

    /// <summary>The most items one page holds (default 1000); when more match, the page says so and gives a cursor.</summary>
    public int Limit
    {
        get;
        init => field = Defined.Limit(value, nameof(Limit));
    } = 1000;
}
