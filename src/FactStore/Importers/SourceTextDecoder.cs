using System.Text;

namespace FactStore.Importers;

/// <summary>Decodes a text file the one way every importer must, so that the same bytes always give the same source id.</summary>
internal static class SourceTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8, strictly; a leading byte order mark is dropped; nothing else changes (line endings stay).</summary>
    public static string Decode(byte[] bytes, string input)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidRecordException($"the file is not valid UTF-8 (bad byte at offset {e.Index})", input, innerException: e);
        }
    }

    public static async Task<string> ReadAsync(ImportInput input, CancellationToken cancellationToken)
    {
        await using var stream = input.Open();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Decode(buffer.ToArray(), input.Name);
    }
}
