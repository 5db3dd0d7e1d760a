namespace FactStore;

/// <summary>What a store holds: <see cref="IFactStoreMaintenance.GetStatisticsAsync"/>.</summary>
public sealed record StoreStatistics
{
    /// <summary>Rows by record type, superseded, retracted and redacted ones included: <c>sources</c>, <c>entities</c>, <c>aliases</c>, <c>facts</c>, <c>stances</c>, …</summary>
    public required IReadOnlyDictionary<string, long> Records { get; init; }

    /// <summary>How many import runs wrote to the store.</summary>
    public required long Runs { get; init; }

    /// <summary>When the last run was recorded; null for an empty store.</summary>
    public DateTimeOffset? LastRecordedAt { get; init; }

    /// <summary>The schema version of the store.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>The size of the store's files on disk in bytes (SQLite: the database file and its write-ahead log).</summary>
    public required long SizeInBytes { get; init; }
}
