namespace FactStore;

/// <summary>A record an import skipped because it was bad (see <see cref="ImportOptions.SkipBadRecords"/>), and why.</summary>
public sealed record SkippedRecord
{
    /// <summary>The input's name.</summary>
    public required string Input { get; init; }

    /// <summary>The 1-based line of the input, when known.</summary>
    public int? Line { get; init; }

    /// <summary>What kind of record it was (<c>source</c>, <c>fact</c>, …), or <see langword="null"/> when the input did not get that far.</summary>
    public string? RecordType { get; init; }

    /// <summary>Why it was skipped, quoting at most about 200 characters of the input.</summary>
    public required string Reason { get; init; }
}
