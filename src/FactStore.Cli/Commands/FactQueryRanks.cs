namespace FactStore.Cli.Commands;

/// <summary>The one place <c>--all-ranks</c> reaches <see cref="FactQuery"/>.</summary>
internal static class FactQueryRanks
{
    /// <summary>
    /// Applies <c>--all-ranks</c>. This branch's <see cref="FactQuery"/> has no rank option yet, so every fact is
    /// returned whatever its rank and the flag changes nothing. When the model v2 work (<c>FactQuery.Ranks</c>, a
    /// <c>RankFilter</c>) is merged, this becomes
    /// <c>query with { Ranks = allRanks ? RankFilter.All : query.Ranks }</c>.
    /// </summary>
    public static FactQuery Apply(FactQuery query, bool allRanks) => query;
}
