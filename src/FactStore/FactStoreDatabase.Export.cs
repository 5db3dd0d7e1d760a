using System.Data.Common;
using FactStore.Exporting;
using FactStore.Storage;

namespace FactStore;

public sealed partial class FactStoreDatabase
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
    public Task ExportJsonLinesAsync(Stream output, CancellationToken cancellationToken = default) =>
        ExportJsonLinesAsync(output, includeProvenance: false, cancellationToken);

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
    public async Task ExportJsonLinesAsync(Stream output, bool includeProvenance, CancellationToken cancellationToken = default)
    {
        await ExportInSnapshotAsync(output, async connection =>
        {
            await using var exporter = new JsonLinesExporter(output, includeProvenance);
            await exporter.WriteHeaderAsync(cancellationToken).ConfigureAwait(false);
            var locators = await ExportRecordReader.GroupedAsync(
                connection, Sql.ExportLocators, RecordReader.ExternalId, cancellationToken).ConfigureAwait(false);
            await ExportTableAsync(
                connection,
                Sql.ExportSources,
                exporter,
                r => RecordReader.WithLocators(RecordReader.Source(r), r.String("id"), locators.GetValueOrDefault(r.String("id")) ?? []),
                cancellationToken).ConfigureAwait(false);
            var aliases = await ExportRecordReader.GroupedAsync(
                connection, Sql.ExportAliases, RecordReader.Alias, cancellationToken).ConfigureAwait(false);
            var externalIds = await ExportRecordReader.GroupedAsync(
                connection, Sql.ExportExternalIds, RecordReader.ExternalId, cancellationToken).ConfigureAwait(false);
            var descriptions = await ExportRecordReader.GroupedAsync(
                connection, Sql.ExportDescriptions, RecordReader.Description, cancellationToken)
                .ConfigureAwait(false);
            await ExportTableAsync(
                connection,
                Sql.ExportEntities,
                exporter,
                r => RecordReader.Entity(
                    r,
                    aliases.GetValueOrDefault(r.String("id")) ?? [],
                    externalIds.GetValueOrDefault(r.String("id")) ?? [],
                    descriptions.GetValueOrDefault(r.String("id")) ?? []),
                cancellationToken).ConfigureAwait(false);
            await ExportTableAsync(connection, Sql.ExportFacts, exporter, RecordReader.Fact, cancellationToken).ConfigureAwait(false);
            await ExportTableAsync(connection, Sql.ExportStances, exporter, RecordReader.Stance, cancellationToken).ConfigureAwait(false);
            await ExportTableAsync(connection, Sql.ExportRetractions, exporter, RecordReader.Retraction, cancellationToken).ConfigureAwait(false);
            await ExportTableAsync(connection, Sql.ExportRedactions, exporter, ExportRecordReader.Redaction, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExportTableAsync<T>(
        DbConnection connection,
        string sql,
        JsonLinesExporter exporter,
        Func<Row, T> read,
        CancellationToken cancellationToken)
        where T : StoreRecord
    {
        await using var command = connection.Command(sql).With("@known", StoreTime.Now);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new Row(reader, command.CommandText);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            await exporter.WriteAsync(read(row), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs an export on one connection inside one read snapshot (imports running meanwhile are wholly in it or not at
    /// all), ends the snapshot whatever happens, and flushes the output.
    /// </summary>
    private async Task ExportInSnapshotAsync(Stream output, Func<DbConnection, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The export needs a writable stream.", nameof(output));
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var begin = connection.Command(_engine.Dialect.BeginSnapshot))
        {
            await begin.ScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await write(connection).ConfigureAwait(false);
        }
        finally
        {
            await EndSnapshotAsync(connection).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the export's read transaction even when it was cancelled, so no pooled connection keeps it open.</summary>
    private static async Task EndSnapshotAsync(DbConnection connection)
    {
        try
        {
            await using var end = connection.Command(Sql.EndSnapshot);
            await end.ScalarAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (StoreAccessException)
        {
            // The connection is broken; closing it ends the transaction.
        }
    }
}
