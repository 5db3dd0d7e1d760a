namespace FactStore.Cli.Commands;

/// <summary>The one place <c>--all-ranks</c> reaches <see cref="FactQuery"/>.</summary>
internal static class FactQueryRanks
{
    /// <summary>
    /// Applies <c>--all-ranks</c>. <see cref="FactQuery"/> has no rank option yet: until the ranks work adds one
    /// (then set it here), every fact is returned whatever its rank, so the flag changes nothing.
    /// </summary>
    public static FactQuery Apply(FactQuery query, bool allRanks) => query;
}
