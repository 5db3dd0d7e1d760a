using System.Buffers;
using System.Text;

namespace FactStore.Importers;

/// <summary>Finds the first bytes that are not UTF-8, in memory or streamed (to name the line of a bad byte in an input of any size).</summary>
internal static class Utf8Scan
{
    /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence; the length when all are valid.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var rest = bytes[offset..];
            var ascii = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                return bytes.Length;
            }

            offset += ascii;
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    /// <summary>
    /// The 1-based line and byte offset of the first byte of <paramref name="stream"/> that is not UTF-8, or
    /// <see langword="null"/> when it is all UTF-8; read in chunks, so memory stays bounded.
    /// </summary>
    public static async Task<(int Line, long Offset)?> FindInvalidAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        var kept = 0;
        long consumed = 0;
        var line = 1;
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(kept), cancellationToken).ConfigureAwait(false);
            var length = kept + read;
            var span = buffer.AsSpan(0, length);
            var bad = FirstInvalid(span);
            if (bad < length && (read == 0 || length - bad >= 4 || !IsIncomplete(span[bad..])))
            {
                return (line + span[..bad].Count((byte)'\n'), consumed + bad);
            }

            if (read == 0)
            {
                return null;
            }

            // An incomplete sequence at the end of the chunk is kept for the next one.
            line += span[..bad].Count((byte)'\n');
            consumed += bad;
            kept = length - bad;
            span[bad..].CopyTo(buffer);
        }
    }

    private static bool IsIncomplete(ReadOnlySpan<byte> tail) => Rune.DecodeFromUtf8(tail, out _, out _) == OperationStatus.NeedMoreData;
}
