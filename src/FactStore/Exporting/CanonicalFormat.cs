namespace FactStore.Exporting;

/// <summary>
/// What the canonical FactStore JSON Lines format (docs/jsonl.md) fixes beyond each record's fields: the header line,
/// the version, and the names each record type's line uses, which the exporter writes and the importer reads; any other
/// top-level member of a line is the record's <see cref="StoreRecord.ExtensionData"/>.
/// </summary>
internal static class CanonicalFormat
{
    /// <summary>The <c>type</c> of the header line.</summary>
    public const string HeaderType = "factstore";

    /// <summary>
    /// The major version written in the header. Adding a top-level field to a record type does not change it (older
    /// readers keep the field as extension data); removing, renaming or changing the meaning of one does.
    /// </summary>
    public const int Version = 1;

    /// <summary>The members every record line has, besides its type's own fields.</summary>
    private static readonly string[] Common = ["type", "id", "provenance"];

    /// <summary>The top-level members each record type's line has.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> Fields { get; } = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
    {
        ["source"] = With("contentHash", "title", "publisher", "authors", "locators", "statedDate", "statedDateKind", "retrievedAt", "accessed", "language", "redacted", "text"),
        ["entity"] = With("kind", "label", "aliases", "externalIds", "descriptions"),
        ["fact"] = With("subjectId", "predicate", "object", "qualifiers", "statementKey", "statement", "validity", "supersedes"),
        ["stance"] = With("factId", "sourceId", "position", "holderId", "citation", "saidAt", "origin", "confidence", "rank", "key", "qualifiers", "supersedes", "redacted"),
        ["retraction"] = With("targetId", "reason"),
        ["redaction"] = With("targetId", "reason"),
    };

    private static HashSet<string> With(params string[] fields) => new(Common.Concat(fields), StringComparer.Ordinal);
}
