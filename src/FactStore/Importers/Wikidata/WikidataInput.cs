using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace FactStore.Importers.Wikidata;

/// <summary>
/// Reads the entities of a Wikidata JSON input, whatever its shape: a <c>wbgetentities</c> / <c>Special:EntityData</c>
/// document (<c>{"entities": {...}}</c>), a bare entity object, or a JSON dump (<c>[</c>, one entity per line, <c>]</c>);
/// any of them gzip-compressed. The shape is told from the content, never from the file name.
/// </summary>
/// <remarks>
/// A dump is read line by line, one entity in memory at a time; a single document is read whole. Each entity is
/// yielded with the 1-based line it starts on, and is valid only until the next one is asked for.
/// </remarks>
internal static class WikidataInput
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    /// <summary>The entities of the input, each with the line it starts on.</summary>
    public static async IAsyncEnumerable<(JsonElement Entity, int Line, string? Problem)> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var compressed = await IsGzipAsync(input, cancellationToken).ConfigureAwait(false);
        var first = await FirstCharacterAsync(input, compressed, cancellationToken).ConfigureAwait(false);
        var entities = first switch
        {
            '[' => ReadDumpAsync(input, compressed, cancellationToken),
            '{' => ReadDocumentAsync(input, compressed, cancellationToken),
            null => throw new InvalidRecordException("the input is empty; expected Wikidata entity JSON", input.Name, 1),
            var other => throw new InvalidRecordException(
                $"the input starts with '{other}'; expected Wikidata entity JSON: an entity object, {{\"entities\": {{...}}}} or a JSON dump starting with '['",
                input.Name,
                1),
        };
        await foreach (var entity in entities.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return entity;
        }
    }

    /// <summary>Opens the input, decompressing it when it is gzip.</summary>
    private static Stream Open(ImportInput input, bool compressed)
    {
        var stream = input.Open();
        return compressed ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    private static async Task<bool> IsGzipAsync(ImportInput input, CancellationToken cancellationToken)
    {
        await using var stream = input.Open();
        var magic = new byte[3];
        var read = 0;
        while (read < magic.Length && await stream.ReadAsync(magic.AsMemory(read), cancellationToken).ConfigureAwait(false) is var n and > 0)
        {
            read += n;
        }

        if (read == 3 && magic is [(byte)'B', (byte)'Z', (byte)'h'])
        {
            throw new InvalidRecordException("the input is bzip2-compressed (as the latest-all.json.bz2 dump); decompress it, or use the .json.gz dump", input.Name);
        }

        return read >= 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    /// <summary>The first character that is not white space or a byte order mark, or <see langword="null"/> when there is none.</summary>
    private static async Task<char?> FirstCharacterAsync(ImportInput input, bool compressed, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = new StreamReader(Open(input, compressed), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[4096];
            while (await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false) is var n and > 0)
            {
                foreach (var c in buffer.AsSpan(0, n))
                {
                    if (!char.IsWhiteSpace(c) && c != '\uFEFF')
                    {
                        return c;
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            throw new InvalidRecordException($"the gzip data is corrupt: {e.Message}", input.Name, innerException: e);
        }
    }

    /// <summary>
    /// A dump: <c>[</c>, then one entity per line followed by <c>,</c> except the last, then <c>]</c>. Lines are read one
    /// at a time, so memory is bounded by the largest entity, not the dump.
    /// </summary>
    private static async IAsyncEnumerable<(JsonElement Entity, int Line, string? Problem)> ReadDumpAsync(ImportInput input, bool compressed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = await ByteOrderMark.OpenReaderAsync(Open(input, compressed), cancellationToken, bufferSize: 1 << 16).ConfigureAwait(false);
        var lineNumber = 0;
        var opened = false;
        var closed = false;
        while (await ReadLineAsync(reader, input, compressed, lineNumber + 1, cancellationToken).ConfigureAwait(false) is string rawLine)
        {
            lineNumber++;
            var line = rawLine.AsMemory().Trim();
            if (!opened && line.Span.StartsWith('['))
            {
                opened = true;
                line = line[1..].Trim();
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (closed)
            {
                throw new InvalidRecordException("there is more after the dump's closing ']'", input.Name, lineNumber);
            }

            if (line.Span.EndsWith(']'))
            {
                closed = true;
                line = line[..^1].TrimEnd();
                if (line.Length == 0)
                {
                    continue;
                }
            }
            else if (line.Span.EndsWith(','))
            {
                line = line[..^1].TrimEnd();
            }

            if (line.Length > input.Limits.MaxLineLength)
            {
                yield return (default, lineNumber, $"the line has {line.Length:N0} characters, more than the limit of {input.Limits.MaxLineLength:N0}");
                continue;
            }

            // A line that does not parse is reported and the dump goes on: the store skips it when asked to.
            JsonDocument? document = null;
            string? problem = null;
            try
            {
                var bytes = new byte[Encoding.UTF8.GetByteCount(line.Span)];
                Encoding.UTF8.GetBytes(line.Span, bytes);
                document = JsonDocument.Parse(bytes, Options);
                if (JsonStringCheck.Problem(bytes) is var (_, notText))
                {
                    document.Dispose();
                    document = null;
                    problem = notText;
                }
            }
            catch (JsonException e)
            {
                problem = NotJson(e, input.Name, lineNumber, "a dump holds one entity object per line, each followed by ','").Reason;
            }

            if (document is null)
            {
                yield return (default, lineNumber, problem);
                continue;
            }

            using (document)
            {
                yield return document.RootElement.ValueKind == JsonValueKind.Object
                    ? (document.RootElement, lineNumber, null)
                    : (default, lineNumber, $"a dump line holds a JSON {document.RootElement.ValueKind}, not an entity object");
            }
        }

        if (!closed)
        {
            throw new InvalidRecordException("the dump ends without its closing ']': it may be truncated", input.Name, lineNumber);
        }
    }

    /// <summary>A single document: an entity, or <c>{"entities": {...}}</c>; read whole.</summary>
    private static async IAsyncEnumerable<(JsonElement Entity, int Line, string? Problem)> ReadDocumentAsync(ImportInput input, bool compressed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            await using var stream = Open(input, compressed);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidRecordException($"the gzip data is corrupt: {e.Message}", input.Name, innerException: e);
        }

        var json = bytes.AsMemory();
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw NotJson(e, input.Name, (int)(e.LineNumber ?? 0) + 1, null);
        }

        using (document)
        {
            JsonStringCheck.ThrowIfNotText(json.Span, input.Name);
            var root = document.RootElement;
            if (root.TryGetProperty("entities", out var entities) && !root.TryGetProperty("id", out _))
            {
                if (entities.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidRecordException($"\"entities\" is a JSON {entities.ValueKind}; expected an object of entities by id", input.Name, 1);
                }

                var lines = EntityLines(json.Span);
                var index = 0;
                foreach (var property in entities.EnumerateObject())
                {
                    yield return (property.Value, index < lines.Count ? lines[index] : 1, null);
                    index++;
                }
            }
            else if (root.TryGetProperty("id", out _))
            {
                yield return (root, LineAt(json.Span, json.Span.IndexOf((byte)'{')), null);
            }
            else
            {
                throw new InvalidRecordException("the JSON object is neither a Wikidata entity (it has no \"id\") nor a wbgetentities document (it has no \"entities\")", input.Name, 1);
            }
        }
    }

    /// <summary>The line each entity of <c>{"entities": {...}}</c> starts on, in document order.</summary>
    private static List<int> EntityLines(ReadOnlySpan<byte> json)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isEntities = reader.ValueTextEquals("entities"u8);
            reader.Read();
            if (!isEntities || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
                lines.Add(LineAt(json, (int)reader.TokenStartIndex));
                reader.Skip();
            }

            break;
        }

        return lines;
    }

    private static int LineAt(ReadOnlySpan<byte> json, int offset) => offset < 0 ? 1 : json[..offset].Count((byte)'\n') + 1;

    private static async Task<string?> ReadLineAsync(StreamReader reader, ImportInput input, bool compressed, int line, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidRecordException($"the gzip data is corrupt: {e.Message}", input.Name, line, innerException: e);
        }
        catch (DecoderFallbackException e)
        {
            // The reader decodes ahead of the line it returns: the input is scanned again, in chunks, for the bad byte's own line.
            await using var again = Open(input, compressed);
            var (what, bad) = await ByteOrderMark.FindInvalidAsync(again, reader.CurrentEncoding, cancellationToken).ConfigureAwait(false);
            throw new InvalidRecordException(
                $"the input is not valid {what}{(bad is var (_, offset) ? $" (bad byte at offset {offset:N0}{(compressed ? " of the decompressed data" : "")})" : "")}",
                input.Name,
                bad?.Line ?? line,
                innerException: e);
        }
    }

    private static InvalidRecordException NotJson(JsonException e, string input, int line, string? hint)
    {
        return new InvalidRecordException(
            $"{JsonErrors.Describe(e)}{(hint is null ? "" : $" ({hint})")}",
            input,
            line,
            innerException: e);
    }
}
