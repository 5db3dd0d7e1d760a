namespace FactStore;

/// <summary>
/// What <see cref="IFactStoreReader.ResolveNameAsync"/> found for a name: the one entity it denotes when that is clear,
/// and every candidate, so that an unknown or ambiguous name can be answered with suggestions instead of a guess.
/// </summary>
/// <remarks>
/// Three outcomes: <see cref="Match"/> set (one entity matched in the strongest way any did, by
/// <see cref="NameMatchKind.Exact"/>, <see cref="NameMatchKind.Surname"/> or <see cref="NameMatchKind.Spelling"/>);
/// <see cref="IsAmbiguous"/> (several entities matched in the strongest way, and <see cref="Match"/> is null); or
/// neither (no candidate, or only one <see cref="NameMatchKind.Partial"/> suggestion).
/// </remarks>
public sealed record NameResolution
{
    /// <summary>The name as asked for.</summary>
    public required string Query { get; init; }

    /// <summary>The entity the name denotes when exactly one matched in the strongest way any did; otherwise null.</summary>
    public Entity? Match { get; init; }

    /// <summary>Every entity the name may denote, best first; empty when none.</summary>
    public required IReadOnlyList<NameCandidate> Candidates { get; init; }

    /// <summary>Whether several entities matched in the strongest way any did; <see cref="Match"/> is then null.</summary>
    public bool IsAmbiguous { get; init; }
}
