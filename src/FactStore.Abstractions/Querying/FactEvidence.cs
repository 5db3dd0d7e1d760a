namespace FactStore;

/// <summary>A fact with everything needed to cite it: its entities and every current stance with its source and holder.</summary>
public sealed record FactEvidence
{
    /// <summary>The fact.</summary>
    public required Fact Fact { get; init; }

    /// <summary>The fact's subject; <see langword="null"/> for a plain claim.</summary>
    public Entity? Subject { get; init; }

    /// <summary>The fact's object, when it is an entity.</summary>
    public Entity? Object { get; init; }

    /// <summary>The stances on the fact, in the order they were recorded.</summary>
    public required IReadOnlyList<StanceEvidence> Stances { get; init; }

    /// <summary>Whether the fact is current, superseded or retracted, as known at the moment asked about.</summary>
    public FactStatus Status => Retraction is not null ? FactStatus.Retracted : SupersededBy is not null ? FactStatus.Superseded : FactStatus.Current;

    /// <summary>The id of the latest correction that supersedes the fact, if any.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>The retraction of the fact, if it was retracted.</summary>
    public Retraction? Retraction { get; init; }

    /// <summary>
    /// The versions this fact corrects, newest first, each with its own evidence as known at the same time: a correction
    /// does not lose the evidence of the version it replaces. Empty when the fact corrects nothing.
    /// </summary>
    public IReadOnlyList<FactEvidence> EarlierVersions { get; init; } = [];

    /// <summary>Whether some stance supports the fact and some other refutes it.</summary>
    public bool IsContested =>
        Stances.Any(s => s.Stance.Position == StancePosition.Supports) &&
        Stances.Any(s => s.Stance.Position == StancePosition.Refutes);
}
