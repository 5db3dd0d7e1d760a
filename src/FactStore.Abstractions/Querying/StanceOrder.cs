namespace FactStore;

/// <summary>The order <see cref="IFactStoreReader.FindStancesAsync"/> returns stances in.</summary>
public enum StanceOrder
{
    /// <summary>The order the store recorded them in.</summary>
    Recorded = 0,

    /// <summary>
    /// As a reader meets them in their source: by the start of the quote, then its end; stances that cite no position (the
    /// source as a whole, or a locator only) first; ties in the order recorded. Meant with <see cref="StanceQuery.Source"/>:
    /// across several sources, offsets of different texts interleave.
    /// </summary>
    Text = 1,
}
