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
        // Read line by line, so that a file of any size is never held whole: strict UTF-8 (or the UTF-16 its byte order
        // mark says), a bad byte reported with its line.
        using var reader = await ByteOrderMark.OpenReaderAsync(input.Open(), cancellationToken).ConfigureAwait(false);
        var keys = new AnnotationKeys(input);
        var lineNumber = 0;
        while (await ReadLineAsync(reader, input, lineNumber + 1, cancellationToken).ConfigureAwait(false) is string rawLine)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length > input.Limits.MaxLineLength)
            {
                yield return ImportItem.Invalid(
                    $"the line has {line.Length:N0} characters, more than the limit of {input.Limits.MaxLineLength:N0}: {ImportLimits.Excerpt(line)}", lineNumber);
                continue;
            }

            StoreRecord? record = null;
            string? problem = null;
            string? type = null;
            try
            {
                using var document = JsonDocument.Parse(line, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = input.Limits.MaxNestingDepth });
                var row = new AnnotationLine(document.RootElement);
                type = row.Type;
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
                problem = JsonErrors.Describe(e);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or KeyNotFoundException or IOException or InvalidOperationException)
            {
                problem = ImportLimits.Excerpt(e.Message);
            }

            // A bad line is reported, not thrown: the store skips it when asked to, else aborts the import with it.
            if (problem is not null)
            {
                yield return ImportItem.Invalid(problem, lineNumber, type);
                continue;
            }

            yield return new ImportItem { Record = record, Line = lineNumber };
        }
    }

    private static async Task<string?> ReadLineAsync(StreamReader reader, ImportInput input, int line, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            // The reader decodes ahead of the line it returns: the input is read again, in chunks, for the bad byte's own line.
            await using var again = input.Open();
            var (what, bad) = await ByteOrderMark.FindInvalidAsync(again, reader.CurrentEncoding, cancellationToken).ConfigureAwait(false);
            if (bad is var (badLine, offset))
            {
                throw new InvalidRecordException($"the file is not valid {what} (bad byte at offset {offset:N0})", input.Name, badLine, innerException: e);
            }

            throw new InvalidRecordException($"the file is not valid {what} near this line: {ImportLimits.Excerpt(e.Message)}", input.Name, line, innerException: e);
        }
    }
}
