namespace FactStore;

/// <summary>
/// Which <see cref="Change"/>s to list: what the store recorded in a span of record time, and optionally only what
/// concerns one record.
/// </summary>
public sealed record ChangeQuery
{
    /// <summary>Only changes recorded after this moment (excluded); <see langword="null"/> from the first record.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only changes recorded at or before this moment (included); <see langword="null"/> up to now.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>
    /// Only changes that concern this record (an id): for a fact, every version of it, the stances on them and their
    /// retractions; for a stance, its versions and their retractions; for an entity, the entity, its names and
    /// external ids, and the facts with it as subject or object; for a source, the source, its locators, its stances
    /// and its redaction. <see langword="null"/> for every change.
    /// </summary>
    public string? RecordId { get; init; }

    /// <summary>The <see cref="Page{T}.NextCursor"/> of the previous page; <see langword="null"/> for the first page.</summary>
    public string? After { get; init; }

    /// <summary>The most changes one page holds (default 1000).</summary>
    public int Limit
    {
        get;
        init => field = Defined.Limit(value, nameof(Limit));
    } = 1000;
}
