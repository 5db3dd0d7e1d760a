using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FactStore.Importers;

/// <summary>
/// <c>annotations-jsonl</c>: reads a hand-curated JSON Lines file of entities, facts and stances (the format is in
/// the README). Records refer to each other by short keys; stances name their source by the file name of an article
/// beside the annotation file, which must be imported first (with <see cref="PlainTextArticleImporter"/>).
/// </summary>
/// <remarks>The format is strict: an unknown field is an error, so a typo cannot silently drop data.</remarks>
public sealed class AnnotationFileImporter : IFactImporter
{
    /// <inheritdoc/>
    public string Name => "annotations-jsonl";

    /// <inheritdoc/>
    public string Version => "1";

    /// <inheritdoc/>
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = await SourceTextDecoder.ReadAsync(input, cancellationToken).ConfigureAwait(false);
        var keys = new AnnotationKeys(input);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            StoreRecord record;
            try
            {
                using var document = JsonDocument.Parse(line, new JsonDocumentOptions { AllowDuplicateProperties = false });
                var row = new AnnotationLine(document.RootElement);
                record = row.Type switch
                {
                    "entity" => AnnotationRecords.Entity(row, keys),
                    "fact" => AnnotationRecords.Fact(row, keys),
                    "stance" => await AnnotationRecords.StanceAsync(row, keys, cancellationToken).ConfigureAwait(false),
                    "retraction" => AnnotationRecords.Retraction(row, keys),
                    var other => throw new FormatException($"unknown type '{other}'; expected entity, fact, stance or retraction"),
                };
                row.RejectUnread();
            }
            catch (JsonException e)
            {
                throw new InvalidRecordException($"not valid JSON at column {e.BytePositionInLine + 1}: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}", input.Name, lineNumber, innerException: e);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or KeyNotFoundException or IOException)
            {
                throw new InvalidRecordException(e.Message, input.Name, lineNumber, innerException: e);
            }

            yield return new ImportItem { Record = record, Line = lineNumber };
        }
    }
}
