namespace FactStore;

/// <summary>One thing the store recorded: a record added, corrected, retracted or redacted, or a name added to an entity.</summary>
public sealed record Change
{
    /// <summary>What was recorded.</summary>
    public required ChangeKind Kind { get; init; }

    /// <summary>
    /// The record the change is: the source, entity, fact, stance, retraction or redaction recorded; for a name or
    /// locator added to a record already known, that record.
    /// </summary>
    public required string RecordId { get; init; }

    /// <summary>The record the change is about, when it is about another one (see <see cref="ChangeKind"/>).</summary>
    public string? TargetId { get; init; }

    /// <summary>A short description for display: a label, statement, position, locator or reason (see <see cref="ChangeKind"/>).</summary>
    public string? Detail { get; init; }

    /// <summary>Which run of which importer recorded it, from which input, and when (the "known at" axis).</summary>
    public required Provenance Provenance { get; init; }
}
