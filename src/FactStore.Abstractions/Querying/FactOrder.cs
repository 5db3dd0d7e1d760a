namespace FactStore;

/// <summary>The order <see cref="IFactStoreReader.FindFactsAsync"/> returns facts in.</summary>
public enum FactOrder
{
    /// <summary>The order the store recorded them in.</summary>
    Recorded = 0,

    /// <summary>
    /// On a timeline: by the first day of the validity's start (a fact open at its start by the last day of its end),
    /// earliest first; facts that cannot be placed (no validity, or dates without a year) last; ties in the order
    /// recorded.
    /// </summary>
    Validity = 1,
}
