namespace FactStore.Cli.Commands;

/// <summary>The one place <c>--all-ranks</c> reaches <see cref="FactQuery"/>.</summary>
internal static class FactQueryRanks
{
    /// <summary>Applies <c>--all-ranks</c>: deprecated facts too; without it, facts whose sources all deprecate them are hidden.</summary>
    public static FactQuery Apply(FactQuery query, bool allRanks) => allRanks ? query with { Ranks = RankFilter.All } : query;
}
