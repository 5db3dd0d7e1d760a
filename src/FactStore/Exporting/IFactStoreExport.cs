namespace FactStore;

/// <summary>
/// The store's exports: every record as canonical JSON Lines, every stance as a W3C Web Annotation. Reached as
/// <see cref="FactStoreDatabase.Export"/>, or injected where <c>AddFactStore</c> registered the store.
/// </summary>
/// <remarks>Thread-safe; each export reads one snapshot of the store and writes nothing to it.</remarks>
public interface IFactStoreExport
{
    /// <summary>
    /// Writes every record in the store to <paramref name="output"/> as canonical FactStore JSON Lines (UTF-8, one
    /// object per line, each ending in <c>\n</c>; specified in docs/jsonl.md, read back by the <c>jsonl</c> importer):
    /// a header line <c>{"type":"factstore","version":1}</c>, then sources, entities, facts, stances, retractions and
    /// redactions, each in the order they were recorded. Superseded and retracted records are included, and redacted sources as they are stored now.
    /// </summary>
    /// <param name="output">A writable stream; it is flushed but not closed.</param>
    /// <param name="cancellationToken">Cancels the export; what was written by then stays written.</param>
    /// <returns>A task that completes when the last line is written.</returns>
    /// <remarks>
    /// Every line has <c>type</c> (<c>source</c>, <c>entity</c>, <c>fact</c>, <c>stance</c>, <c>retraction</c>,
    /// <c>redaction</c>), <c>id</c>, the record's fields in camelCase and its <see cref="StoreRecord.ExtensionData"/> members:
    /// the content, which an import into another store reproduces byte for byte. Which run of this store recorded each
    /// record, and when, is this store's own history: ask for it with the overload that takes <c>includeProvenance</c>. Partial dates are EDTF text at their precision. The export
    /// reads one snapshot, so imports running meanwhile are either wholly in it or not at all, and it is streamed:
    /// one record is in memory at a time (plus the sources' locators and the entities' aliases). Exporting an
    /// unchanged store twice gives the same bytes. Every record is checked against its id as it is read.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="RecordIntegrityException">A stored record was altered outside FactStore.</exception>
    /// <exception cref="StoreAccessException">The database cannot be read.</exception>
    Task ExportJsonLinesAsync(Stream output, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes every record as canonical JSON Lines, as <see cref="ExportJsonLinesAsync(Stream, CancellationToken)"/>
    /// does, and with <paramref name="includeProvenance"/> each record's <c>provenance</c> too (importer,
    /// importerVersion, importRunId, input, recordedAt), which the <c>jsonl</c> importer reads and ignores.
    /// </summary>
    /// <param name="output">A writable stream; it is flushed but not closed.</param>
    /// <param name="includeProvenance">Whether to write each record's provenance in this store.</param>
    /// <param name="cancellationToken">Cancels the export; what was written by then stays written.</param>
    /// <returns>A task that completes when the last line is written.</returns>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="RecordIntegrityException">A stored record was altered outside FactStore.</exception>
    /// <exception cref="StoreAccessException">The database cannot be read.</exception>
    Task ExportJsonLinesAsync(Stream output, bool includeProvenance, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes every stance in the store as a W3C Web Annotation: one JSON-LD <c>AnnotationCollection</c> with a single
    /// embedded <c>AnnotationPage</c>, stances in insertion order. The <c>web-annotation</c> importer reads it back.
    /// </summary>
    /// <param name="output">A writable stream; written as UTF-8 without a byte order mark and left open.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    /// <returns>A task that completes when the collection is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="StoreAccessException">The database cannot be read.</exception>
    /// <remarks>
    /// The export reads one snapshot, so imports running meanwhile do not show up half-way; the same store gives the
    /// same bytes. Retracted stances and stances of redacted sources are left out (nothing is left to cite); a
    /// correction is written after the stance it supersedes, which it names. Each annotation names its fact, source
    /// and holder by FactStore IRI: a structured fact must be in the store that imports it (see
    /// <c>docs/web-annotation.md</c>).
    /// </remarks>
    Task ExportWebAnnotationsAsync(Stream output, CancellationToken cancellationToken = default);

    /// <summary>Writes one stance as a W3C Web Annotation (a JSON-LD document with its own <c>@context</c>).</summary>
    /// <param name="stanceId">The stance's id (<c>stn_…</c>).</param>
    /// <param name="output">A writable stream; written as UTF-8 without a byte order mark and left open.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns><see langword="true"/> when the stance was written; <see langword="false"/>, with nothing written, when the store has no such stance.</returns>
    /// <exception cref="ArgumentException"><paramref name="stanceId"/> is blank, or <paramref name="output"/> is not writable.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="StoreAccessException">The database cannot be read.</exception>
    /// <remarks>The annotation is the one <see cref="ExportWebAnnotationsAsync"/> writes for the stance, with the <c>@context</c> added.</remarks>
    Task<bool> WriteWebAnnotationAsync(string stanceId, Stream output, CancellationToken cancellationToken = default);
}
