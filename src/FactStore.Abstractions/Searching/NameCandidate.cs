namespace FactStore;

/// <summary>An entity a name may denote, with the label or alias it matched and how.</summary>
public sealed record NameCandidate
{
    /// <summary>The entity, as known at the time the name was resolved for.</summary>
    public required Entity Entity { get; init; }

    /// <summary>The label, alias or identifier that matched, as recorded (not folded).</summary>
    public required string MatchedName { get; init; }

    /// <summary>How it matched.</summary>
    public required NameMatchKind Kind { get; init; }

    /// <summary>
    /// How close the match is, from 0 to 1 (1 for <see cref="NameMatchKind.Exact"/>); candidates come best first. A
    /// stronger <see cref="Kind"/> always scores higher than a weaker one.
    /// </summary>
    public required double Score { get; init; }
}
