namespace FactStore;

/// <summary>What <see cref="IFactStoreMaintenance.VerifyAsync"/> checked and found.</summary>
public sealed record VerificationReport
{
    /// <summary>Everything found wrong, in the order checked; empty when the store is whole.</summary>
    public required IReadOnlyList<IntegrityFinding> Findings { get; init; }

    /// <summary>Whether nothing was found wrong.</summary>
    public bool IsClean => Findings.Count == 0;

    /// <summary>How many record rows were checked against their row hashes.</summary>
    public required long RowsChecked { get; init; }

    /// <summary>How many import runs were checked, each against its digest and its link to the run before.</summary>
    public required long RunsChecked { get; init; }

    /// <summary>How many citations with offsets were checked against their sources' texts.</summary>
    public required long CitationsChecked { get; init; }

    /// <summary>
    /// The row hash of the last run of the chain, or null for a store without runs. The chain proves that no run before
    /// it was removed; keep this value elsewhere (a log, a ticket) to prove later that no run after it was removed either.
    /// </summary>
    public string? ChainHead { get; init; }
}
