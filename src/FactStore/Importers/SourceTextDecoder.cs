using System.Text;

namespace FactStore.Importers;

/// <summary>Decodes a text file the one way every importer must, so that the same bytes always give the same source id.</summary>
/// <remarks>
/// A byte order mark wins (UTF-8, UTF-16 LE or BE) and is not part of the text; else a charset the file declares (an
/// HTML <c>&lt;meta charset&gt;</c>, a Markdown front matter <c>charset:</c>), when the caller finds one; else UTF-8,
/// strictly: bytes that are not UTF-8 are an error naming the file, the line and the byte offset. Nothing else changes
/// (line endings stay).
/// </remarks>
internal static class SourceTextDecoder
{

    /// <summary>A byte order mark, else UTF-8 strictly; nothing else changes (line endings stay).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string input) => Decode(bytes, input, declaredCharset: null);

    /// <summary>
    /// A byte order mark, else the charset <paramref name="declaredCharset"/> finds in the bytes (an ASCII-compatible
    /// declaration: it reads the bytes as such), else UTF-8 strictly.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string input, Func<ReadOnlySpan<byte>, DeclaredCharset?>? declaredCharset)
    {
        var (encoding, bomLength, what) = ByteOrderMark.Detect(bytes) switch
        {
            { } mark => mark,
            null when declaredCharset?.Invoke(bytes) is { } declared => (Resolve(declared, input), 0, $"{declared.Label} (declared on line {declared.Line})"),
            null => (ByteOrderMark.StrictUtf8, 0, "UTF-8"),
        };

        var body = bytes[bomLength..];
        try
        {
            return encoding.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            var offset = encoding is UTF8Encoding ? Utf8Scan.FirstInvalid(body) : Math.Max(0, e.Index);
            var line = LineAt(body[..offset], encoding);
            throw new InvalidRecordException($"the file is not valid {what} (bad byte at offset {bomLength + offset})", input, line, innerException: e);
        }
    }

    /// <summary>
    /// Reads a whole single-document input, refusing one that cannot hold a text within
    /// <see cref="ImportLimits.MaxTextLength"/>: more than 4 bytes per character of the limit. The size is checked
    /// before reading when the input states it, and the read stops there when it does not.
    /// </summary>
    public static async Task<ArraySegment<byte>> ReadBoundedAsync(ImportInput input, CancellationToken cancellationToken)
    {
        var limit = 4L * input.Limits.MaxTextLength;
        if (input.Length > limit)
        {
            throw TooLarge(input, input.Length.Value, limit);
        }

        await using var stream = input.Open();
        using var buffer = new MemoryStream(input.Length is long length ? (int)Math.Min(length, Array.MaxLength) : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(input, limit, limit, atLeast: true);
            }

            buffer.Write(chunk, 0, read);
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a whole input and decodes it (a byte order mark, else UTF-8 strictly), without a bound on its size.</summary>
    public static async Task<string> ReadAsync(ImportInput input, CancellationToken cancellationToken)
    {
        await using var stream = input.Open();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), input.Name);
    }

    /// <summary>Refuses a decoded text over <see cref="ImportLimits.MaxTextLength"/>, with a clear error.</summary>
    public static string CheckLength(string text, ImportInput input) =>
        text.Length <= input.Limits.MaxTextLength
            ? text
            : throw new InvalidRecordException(
                $"the article's text has {text.Length:N0} characters, more than the limit of {input.Limits.MaxTextLength:N0} (ImportLimits.MaxTextLength)", input.Name);

    private static InvalidRecordException TooLarge(ImportInput input, long bytes, long limit, bool atLeast = false) =>
        new($"the file has {(atLeast ? "more than " : "")}{bytes:N0} bytes, too many for a text of at most {input.Limits.MaxTextLength:N0} characters " +
            $"(ImportLimits.MaxTextLength; an article file may have up to 4 bytes per character, {limit:N0} bytes); nothing was read past that", input.Name);

    private static Encoding Resolve(DeclaredCharset declared, string input) =>
        CharsetLabels.Resolve(declared.Label) ?? throw new InvalidRecordException(
            $"the file declares the charset '{ImportLimits.Excerpt(declared.Label)}', which is not one this importer can decode; save it as UTF-8", input, declared.Line);

    /// <summary>The 1-based line a byte offset is on: the line feeds before it, decoded leniently.</summary>
    private static int LineAt(ReadOnlySpan<byte> before, Encoding encoding)
    {
        if (encoding is UTF8Encoding || encoding.IsSingleByte)
        {
            return before.Count((byte)'\n') + 1;
        }

        var lenient = (Encoding)encoding.Clone();
        lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
        return lenient.GetString(before).AsSpan().Count('\n') + 1;
    }
}
