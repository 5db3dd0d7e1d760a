using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FactStore.Importers.Wikidata;

/// <summary>
/// <c>wikidata</c>: reads Wikidata entity JSON (items and properties) into entities, facts with their qualifiers and
/// validity, the sources of their references and a stance per statement and source. The mapping is in
/// <c>docs/wikidata.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// The input's shape is told from its content, not its name: a <c>wbgetentities</c> or <c>Special:EntityData</c>
/// document (<c>{"entities": {"Q1": {...}}}</c>), a bare entity object, or a JSON dump (<c>[</c>, one entity per line,
/// <c>]</c>), each plain or gzip-compressed. A dump is streamed: one entity is in memory at a time.
/// </para>
/// <para>
/// Every record carries the line its entity starts on. Malformed JSON, a malformed entity, and an entity the model
/// cannot hold (a lexeme, form, sense or media info) are refused with an <see cref="InvalidRecordException"/> naming
/// the input, line and entity; the import then writes nothing. A value of a type this importer does not know is kept
/// as text of its JSON.
/// </para>
/// <para>Thread safety: the importer keeps no state between reads; one instance serves concurrent imports.</para>
/// </remarks>
public sealed class WikidataImporter : IFactImporter
{
    /// <inheritdoc/>
    public string Name => "wikidata";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var written = new WikidataEntityMapper.Written();
        await foreach (var (entity, line, problem) in WikidataInput.ReadAsync(input, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (problem is not null)
            {
                yield return ImportItem.Invalid(problem, line, "entity");
                continue;
            }

            List<StoreRecord>? records = null;
            string? unmapped = null;
            try
            {
                records = WikidataEntityMapper.Map(entity, written).ToList();
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or JsonException)
            {
                unmapped = IdOf(entity) is string id ? $"{id}: {ImportLimits.Excerpt(e.Message)}" : ImportLimits.Excerpt(e.Message);
            }

            if (records is null)
            {
                // The entity is skipped whole, or the import aborted with it; placeholders it noted were never yielded.
                written.Reset();
                yield return ImportItem.Invalid(unmapped!, line, "entity");
                continue;
            }

            foreach (var record in records)
            {
                // One entity may hold thousands of statements: a cancelled read stops between them too.
                cancellationToken.ThrowIfCancellationRequested();
                yield return new ImportItem { Record = record, Line = line };
            }
        }
    }

    private static string? IdOf(JsonElement entity) =>
        entity.ValueKind == JsonValueKind.Object && entity.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
