namespace FactStore;

/// <summary>A record an importer yields, with where in the input it came from.</summary>
public sealed record ImportItem
{
    /// <summary>The record: a <see cref="Source"/>, <see cref="Entity"/>, <see cref="Fact"/>, <see cref="Stance"/>, <see cref="Retraction"/> or <see cref="Redaction"/>.</summary>
    public required StoreRecord Record
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Record));
    }

    /// <summary>The 1-based line of the input the record came from, when the input has lines.</summary>
    public int? Line { get; init; }
}
