using System.Runtime.CompilerServices;
using System.Text.Json;
using FactStore.Exporting;

namespace FactStore.Importers.Jsonl;

/// <summary>
/// <c>jsonl</c>: reads canonical FactStore JSON Lines (docs/jsonl.md), what <see cref="IFactStoreExport.ExportJsonLinesAsync(Stream, CancellationToken)"/>
/// and <c>factstore export --format jsonl</c> write: every record type with every field, so that an exported store
/// imported into an empty one exports again to the same records.
/// </summary>
/// <remarks>
/// <para>
/// The input is streamed line by line; a line is at most <see cref="ImportLimits.MaxLineLength"/> characters and its JSON
/// nests at most <see cref="ImportLimits.MaxNestingDepth"/> deep. A bad line (not JSON, an unknown type, a wrong field,
/// an id that is not its content's) is yielded as <see cref="ImportItem.Invalid"/> with its line number and record
/// type, so the store skips and reports it when asked to. A header of a newer major version fails the whole import.
/// </para>
/// <para>
/// Records get the importing run's provenance: the exported <c>provenance</c> is read past, as the "known at" time is
/// the importing store's. Top-level members the format does not define are kept as
/// <see cref="StoreRecord.ExtensionData"/> and exported again; unknown members inside a nested object are an error.
/// </para>
/// </remarks>
public sealed class CanonicalJsonLinesImporter : IFactImporter
{
    /// <inheritdoc/>
    public string Name => "jsonl";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var stream = input.Open();
        var lines = new Utf8LineReader(stream, input.Limits.MaxLineLength);
        var options = new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = input.Limits.MaxNestingDepth };
        var lineNumber = 0;
        var first = true;
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false) is Utf8Line line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (line.TooLong)
            {
                yield return ImportItem.Invalid($"the line has {line.Characters:N0} characters, more than the limit of {input.Limits.MaxLineLength:N0}", lineNumber);
                continue;
            }

            if (IsBlank(line.Bytes.Span))
            {
                continue;
            }

            var (item, type) = Read(line.Bytes, options, input, lineNumber, first);
            first = false;
            if (type != CanonicalFormat.HeaderType)
            {
                yield return item;
            }
        }
    }

    private static (ImportItem Item, string? Type) Read(ReadOnlyMemory<byte> bytes, JsonDocumentOptions options, ImportInput input, int lineNumber, bool first)
    {
        string? type = null;
        try
        {
            using var document = JsonDocument.Parse(bytes, options);
            if (JsonStringCheck.Problem(bytes.Span) is var (_, notText))
            {
                return (ImportItem.Invalid(notText, lineNumber), null);
            }

            var line = new JsonFields(document.RootElement, "the line");
            type = line.Required("type");
            if (type == CanonicalFormat.HeaderType)
            {
                return first
                    ? (ImportItem.Invalid("header"), CheckHeader(line, input, lineNumber))
                    : (ImportItem.Invalid("a header is only allowed as the first line", lineNumber, type), null);
            }

            return (new ImportItem { Record = CanonicalRecords.Read(line, type), Line = lineNumber }, type);
        }
        catch (JsonException e)
        {
            return (ImportItem.Invalid(JsonErrors.Describe(e), lineNumber, type), type);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return (ImportItem.Invalid(ImportLimits.Excerpt(e.Message), lineNumber, type), type);
        }
    }

    /// <summary>Accepts a header of this major version; a newer one, or one without a version, fails the whole import.</summary>
    private static string CheckHeader(JsonFields header, ImportInput input, int lineNumber)
    {
        var version = header.Get("version") is JsonElement { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var v) ? v : (int?)null;
        return version switch
        {
            null => throw new InvalidRecordException("the header has no \"version\" (a whole number, 1 for this format)", input.Name, lineNumber),
            > CanonicalFormat.Version => throw new InvalidRecordException(
                $"the file is FactStore JSON Lines version {version}, newer than version {CanonicalFormat.Version} this FactStore reads; import it with a newer FactStore",
                input.Name,
                lineNumber),
            < 1 => throw new InvalidRecordException($"the header's version {version} is not a FactStore JSON Lines version (1 or later)", input.Name, lineNumber),
            _ => CanonicalFormat.HeaderType,
        };
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.Trim(" \t\r"u8).IsEmpty;
}
