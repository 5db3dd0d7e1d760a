namespace FactStore;

/// <summary>Which facts a query returns by the <see cref="StatementRank"/> their sources give them.</summary>
public enum RankFilter
{
    /// <summary>
    /// Hides a fact whose current stances are all deprecated; a fact with no stances, or with any stance of normal or
    /// preferred rank, is returned. The same claim made by another source stays visible.
    /// </summary>
    Default = 0,

    /// <summary>Every fact, deprecated ones included.</summary>
    All = 1,

    /// <summary>
    /// Wikidata's "best rank": for each subject and predicate, the facts with a preferred stance when there are any,
    /// otherwise those <see cref="Default"/> returns.
    /// </summary>
    Best = 2,
}
