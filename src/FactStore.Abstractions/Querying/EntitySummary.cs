namespace FactStore;

/// <summary>An entity with how much the store says about it, as <see cref="IFactStoreReader.ListEntitiesAsync"/> lists it.</summary>
public sealed record EntitySummary
{
    /// <summary>The entity, with its aliases, external ids and descriptions.</summary>
    public required Entity Entity { get; init; }

    /// <summary>
    /// The standing facts (neither superseded nor retracted, whatever their rank) with the entity as subject or object:
    /// what <see cref="FactQuery.About"/> with <see cref="RankFilter.All"/> finds.
    /// </summary>
    public int FactCount { get; init; }

    /// <summary>
    /// The current stances the entity holds on standing facts: what <see cref="StanceQuery.Holder"/> finds.
    /// </summary>
    public int StanceCount { get; init; }
}
