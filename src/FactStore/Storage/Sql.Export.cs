namespace FactStore.Storage;

/// <summary>The statements of <see cref="IFactStoreExport.ExportJsonLinesAsync(Stream, CancellationToken)"/>: every table in insertion order.</summary>
internal static partial class Sql
{
    /// <summary>Ends the export's read transaction; it wrote nothing, so ending it either way is the same.</summary>
    public const string EndSnapshot = "ROLLBACK";

    /// <summary>Every source with its text and its redaction, as stored now.</summary>
    public static readonly string ExportSources = SourceSelect("s.text", "") + " ORDER BY s.seq";

    /// <summary>Every locator, in the order each source's are read.</summary>
    public static readonly string ExportLocators = Locators("");

    public const string ExportEntities = SelectEntity + " ORDER BY e.seq";

    /// <summary>Every alias other than the label, in the order each entity's are read.</summary>
    public static readonly string ExportAliases = Aliases("");

    public static readonly string ExportExternalIds = ExternalIds("");

    public static readonly string ExportDescriptions = Descriptions("");

    public const string ExportFacts = SelectFact + " ORDER BY f.seq";

    public const string ExportStances = SelectStance + " ORDER BY st.seq";

    public const string ExportRetractions = SelectRetraction + " ORDER BY x.seq";

    public const string ExportRedactions = """
        SELECT x.id AS id, x.target_id AS target_id, x.reason AS reason, x.extra AS extra, x.recorded_at AS recorded_at,
            r.id AS run_id, r.importer AS importer, r.importer_version AS importer_version, r.input AS input
        FROM redactions x JOIN import_runs r ON r.id = x.run_id
        ORDER BY x.seq
        """;
}
