using System.Buffers.Binary;

namespace FactStore.Importers;

/// <summary>
/// Finds the first code unit of a UTF-16 stream that is not part of valid UTF-16 (an unpaired surrogate, or an odd
/// last byte), read in chunks, to name the line of a bad byte in an input of any size.
/// </summary>
internal static class Utf16Scan
{
    /// <summary>
    /// The 1-based line and byte offset (from the start of <paramref name="stream"/>, a byte order mark included) of
    /// the first bad code unit, or <see langword="null"/> when the stream is all UTF-16.
    /// </summary>
    public static async Task<(int Line, long Offset)?> FindInvalidAsync(Stream stream, bool bigEndian, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        var kept = 0;
        long consumed = 0;
        var line = 1;
        var highSurrogateAt = -1L;
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(kept), cancellationToken).ConfigureAwait(false);
            var length = kept + read;
            if (read == 0)
            {
                // A high surrogate with nothing after it, or a byte left over from a code unit.
                return highSurrogateAt >= 0 ? (line, highSurrogateAt) : length > 0 ? (line, consumed) : null;
            }

            var units = length / 2 * 2;
            for (var i = 0; i < units; i += 2)
            {
                var unit = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(i)) : BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(i));
                var at = consumed + i;
                if (highSurrogateAt >= 0)
                {
                    if (!char.IsLowSurrogate((char)unit))
                    {
                        return (line, highSurrogateAt);
                    }

                    highSurrogateAt = -1;
                }
                else if (char.IsHighSurrogate((char)unit))
                {
                    highSurrogateAt = at;
                }
                else if (char.IsLowSurrogate((char)unit))
                {
                    return (line, at);
                }
                else if (unit == '\n')
                {
                    line++;
                }
            }

            consumed += units;
            kept = length - units;
            buffer.AsSpan(units, kept).CopyTo(buffer);
        }
    }
}
