namespace FactStore;

/// <summary>
/// How a source ranks its own statement, as Wikidata does. Kept with that source's <see cref="Stance"/>: a deprecated
/// stance hides a fact from default queries only when no other current stance supports it.
/// </summary>
public enum StatementRank
{
    /// <summary>An ordinary statement.</summary>
    Normal = 0,

    /// <summary>The statement the source prefers among several for the same subject and property (e.g. the current population).</summary>
    Preferred = 1,

    /// <summary>A statement the source keeps but considers wrong or outdated; hidden from default queries.</summary>
    Deprecated = 2,
}
