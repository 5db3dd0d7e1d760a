namespace FactStore;

/// <summary>One thing <see cref="IFactStoreMaintenance.VerifyAsync"/> found wrong, naming the table and the record.</summary>
public sealed record IntegrityFinding
{
    /// <summary>What is wrong.</summary>
    public required IntegrityFindingKind Kind { get; init; }

    /// <summary>The table it was found in, e.g. <c>facts</c> or <c>import_runs</c>.</summary>
    public required string Table { get; init; }

    /// <summary>The record: its id (<c>fct_…</c>, <c>run_…</c>), or its key for rows without one; null for the table as a whole.</summary>
    public string? RecordId { get; init; }

    /// <summary>What was found, in one sentence.</summary>
    public required string Message { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Table}{(RecordId is null ? "" : " " + RecordId)}: {Message}";
}
