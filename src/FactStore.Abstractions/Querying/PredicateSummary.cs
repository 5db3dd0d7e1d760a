namespace FactStore;

/// <summary>A predicate with how many facts use it, as <see cref="IFactStoreReader.ListPredicatesAsync"/> lists it.</summary>
public sealed record PredicateSummary
{
    /// <summary>
    /// The predicate, as a fact spells it (predicates are compared with case and typography folded; of several
    /// spellings, the first in ordinal order).
    /// </summary>
    public required string Predicate { get; init; }

    /// <summary>The standing facts (neither superseded nor retracted, whatever their rank) with this predicate.</summary>
    public int FactCount { get; init; }
}
