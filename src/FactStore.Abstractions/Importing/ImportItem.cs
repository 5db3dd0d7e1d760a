namespace FactStore;

/// <summary>
/// A record an importer yields, with where in the input it came from; or, from <see cref="Invalid"/>, a part of the
/// input the importer could not read, so that the store can skip and report it (see
/// <see cref="ImportOptions.SkipBadRecords"/>) or abort the import.
/// </summary>
public sealed record ImportItem
{
    /// <summary>
    /// The record: a <see cref="Source"/>, <see cref="Entity"/>, <see cref="Fact"/>, <see cref="Stance"/>,
    /// <see cref="Retraction"/> or <see cref="Redaction"/>; <see langword="null"/> for an invalid item.
    /// </summary>
    public StoreRecord? Record { get; init; }

    /// <summary>Why the input at <see cref="Line"/> could not be read, for an item from <see cref="Invalid"/>.</summary>
    public string? Problem { get; private init; }

    /// <summary>What kind of record the bad part was meant to be (<c>fact</c>, <c>entity</c>, …), when the importer knows.</summary>
    public string? RecordType { get; private init; }

    /// <summary>Reports a part of the input that cannot be read: the store skips it when asked to, else aborts the import.</summary>
    /// <param name="problem">Why, quoting at most about 200 characters of the input (see <see cref="ImportLimits.Excerpt"/>).</param>
    /// <param name="line">The 1-based line, when the input has lines.</param>
    /// <param name="recordType">What kind of record it was meant to be, when known.</param>
    /// <returns>The item.</returns>
    public static ImportItem Invalid(string problem, int? line = null, string? recordType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        return new ImportItem { Problem = problem, Line = line, RecordType = recordType };
    }

    /// <summary>The 1-based line of the input the record came from, when the input has lines.</summary>
    public int? Line { get; init; }
}
