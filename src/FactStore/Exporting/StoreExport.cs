using System.Data.Common;
using System.Text.Json;
using FactStore.Storage;
using FactStore.WebAnnotations;

namespace FactStore.Exporting;

/// <summary>The store's exports: canonical JSON Lines and W3C Web Annotations, each read in one snapshot.</summary>
internal sealed class StoreExport(StoreConnector connector, IFactStoreReader reader) : IFactStoreExport
{
    /// <inheritdoc/>
    public Task ExportJsonLinesAsync(Stream output, CancellationToken cancellationToken = default) =>
        ExportJsonLinesAsync(output, includeProvenance: false, cancellationToken);

    /// <inheritdoc/>
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

        await using var connection = await connector.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (await ReadSnapshot.BeginAsync(connection, connector.Engine, cancellationToken).ConfigureAwait(false))
        {
            await write(connection).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task ExportWebAnnotationsAsync(Stream output, CancellationToken cancellationToken = default)
    {
        await ExportInSnapshotAsync(output, async connection =>
        {
            var retracted = new HashSet<string>(StringComparer.Ordinal);
            await ReadEachAsync(connection, Sql.ExportRetractions, RecordReader.Retraction, r => retracted.Add(r.TargetId), cancellationToken).ConfigureAwait(false);
            var statements = new Dictionary<string, string>(StringComparer.Ordinal);
            await ReadEachAsync(connection, Sql.ExportFacts, RecordReader.Fact, f => statements[f.Id] = f.Statement, cancellationToken).ConfigureAwait(false);
            var externalIds = await ExportRecordReader.GroupedAsync(
                connection, Sql.ExportExternalIds, RecordReader.ExternalId, cancellationToken).ConfigureAwait(false);
            var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
            await ReadEachAsync(
                connection,
                Sql.ExportEntities,
                r => RecordReader.Entity(r, [], externalIds.GetValueOrDefault(r.String("id")) ?? [], []),
                e => entities[e.Id] = e,
                cancellationToken).ConfigureAwait(false);
            var locators = await ExportRecordReader.GroupedAsync(
                connection, Sql.ExportLocators, RecordReader.ExternalId, cancellationToken).ConfigureAwait(false);
            var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
            await ReadEachAsync(
                connection,
                Sql.ExportSources,
                r => RecordReader.WithLocators(RecordReader.Source(r), r.String("id"), locators.GetValueOrDefault(r.String("id")) ?? []),
                s => sources[s.Id] = s with { Text = null }, // only its locators and publisher are written; a text can be megabytes
                cancellationToken).ConfigureAwait(false);

            await using var json = new Utf8JsonWriter(output, WebAnnotationWriter.Options);
            WebAnnotationWriter.WriteCollectionStart(json, "urn:factstore:export:stances", "FactStore stances");
            var total = 0;
            await using (var command = connection.Command(Sql.ExportStances).With("@known", StoreTime.Now))
            await using (var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = new Row(reader, command.CommandText);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var stance = RecordReader.Stance(row);
                    if (stance.IsRedacted || retracted.Contains(stance.Id))
                    {
                        continue;
                    }

                    var holder = stance.HolderId is string holderId ? entities.GetValueOrDefault(holderId) : null;
                    WebAnnotationWriter.Write(json, stance, statements[stance.FactId], sources.GetValueOrDefault(stance.SourceId), holder, withContext: false);
                    total++;
                    if (json.BytesPending > 1 << 16)
                    {
                        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            WebAnnotationWriter.WriteCollectionEnd(json, total);
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<bool> WriteWebAnnotationAsync(string stanceId, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stanceId);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The export needs a writable stream.", nameof(output));
        }

        if (await reader.GetStanceAsync(stanceId, cancellationToken).ConfigureAwait(false) is not Stance stance)
        {
            return false;
        }

        var fact = await reader.GetFactAsync(stance.FactId, cancellationToken).ConfigureAwait(false);
        var source = await reader.GetSourceAsync(stance.SourceId, cancellationToken).ConfigureAwait(false);
        var holder = stance.HolderId is string holderId ? await reader.GetEntityAsync(holderId, cancellationToken).ConfigureAwait(false) : null;
        await using (var json = new Utf8JsonWriter(output, WebAnnotationWriter.Options))
        {
            WebAnnotationWriter.Write(json, stance, fact?.Statement ?? stance.FactId, source, holder, withContext: true);
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task ReadEachAsync<T>(DbConnection connection, string sql, Func<Row, T> read, Action<T> use, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql).With("@known", StoreTime.Now);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = new Row(reader, command.CommandText);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            use(read(row));
        }
    }
}
