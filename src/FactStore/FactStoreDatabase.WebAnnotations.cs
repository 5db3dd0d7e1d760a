using System.Data.Common;
using System.Text.Json;
using FactStore.Exporting;
using FactStore.Storage;
using FactStore.WebAnnotations;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
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

    /// <summary>Writes one stance as a W3C Web Annotation (a JSON-LD document with its own <c>@context</c>).</summary>
    /// <param name="stanceId">The stance's id (<c>stn_…</c>).</param>
    /// <param name="output">A writable stream; written as UTF-8 without a byte order mark and left open.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns><see langword="true"/> when the stance was written; <see langword="false"/>, with nothing written, when the store has no such stance.</returns>
    /// <exception cref="ArgumentException"><paramref name="stanceId"/> is blank, or <paramref name="output"/> is not writable.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="StoreAccessException">The database cannot be read.</exception>
    /// <remarks>The annotation is the one <see cref="ExportWebAnnotationsAsync"/> writes for the stance, with the <c>@context</c> added.</remarks>
    public async Task<bool> WriteWebAnnotationAsync(string stanceId, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stanceId);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The export needs a writable stream.", nameof(output));
        }

        if (await GetStanceAsync(stanceId, cancellationToken).ConfigureAwait(false) is not Stance stance)
        {
            return false;
        }

        var fact = await GetFactAsync(stance.FactId, cancellationToken).ConfigureAwait(false);
        var source = await GetSourceAsync(stance.SourceId, cancellationToken).ConfigureAwait(false);
        var holder = stance.HolderId is string holderId ? await GetEntityAsync(holderId, cancellationToken).ConfigureAwait(false) : null;
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
