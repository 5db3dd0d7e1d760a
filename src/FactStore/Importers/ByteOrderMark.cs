using System.Text;

namespace FactStore.Importers;

/// <summary>
/// Reads a text stream in the encoding its byte order mark says (UTF-8, UTF-16 little- or big-endian), else UTF-8, and
/// always strictly: <see cref="StreamReader"/>'s own detection would switch to an encoding that replaces bad bytes.
/// </summary>
internal static class ByteOrderMark
{
    /// <summary>UTF-8 that throws on a bad byte.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly (byte[] Mark, Encoding Encoding, string Name)[] Marks =
    [
        ([0xEF, 0xBB, 0xBF], StrictUtf8, "UTF-8"),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16 (little-endian)"),
        ([0xFE, 0xFF], StrictUtf16BigEndian, "UTF-16 (big-endian)"),
    ];

    /// <summary>The strict encoding, length and name of the byte order mark <paramref name="head"/> starts with, if any.</summary>
    public static (Encoding Encoding, int Length, string Name)? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (mark, encoding, name) in Marks)
        {
            if (head.StartsWith(mark))
            {
                return (encoding, mark.Length, name);
            }
        }

        return null;
    }

    /// <summary>A reader of <paramref name="stream"/> after its byte order mark, if any, which decodes strictly.</summary>
    public static async Task<StreamReader> OpenReaderAsync(Stream stream, CancellationToken cancellationToken, int bufferSize = -1)
    {
        var head = new byte[3];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        var (encoding, markLength, _) = Detect(head.AsSpan(0, read)) ?? (StrictUtf8, 0, "UTF-8");
        return new StreamReader(new PrefixedStream(head[markLength..read], stream), encoding, detectEncodingFromByteOrderMarks: false, bufferSize);
    }

    /// <summary>
    /// The name of <paramref name="encoding"/> (one <see cref="OpenReaderAsync"/> chose) and the 1-based line and byte
    /// offset of the first bad bytes of <paramref name="stream"/> in it, read again from its start in chunks (a reader
    /// decodes ahead of the line it returns, so its error does not tell the line).
    /// </summary>
    public static async Task<(string Name, (int Line, long Offset)? Bad)> FindInvalidAsync(Stream stream, Encoding encoding, CancellationToken cancellationToken)
    {
        var name = Array.Find(Marks, m => m.Encoding == encoding).Name ?? "UTF-8";
        var bad = encoding is UnicodeEncoding
            ? await Utf16Scan.FindInvalidAsync(stream, bigEndian: encoding == StrictUtf16BigEndian, cancellationToken).ConfigureAwait(false)
            : await Utf8Scan.FindInvalidAsync(stream, cancellationToken).ConfigureAwait(false);
        return (name, bad);
    }

    /// <summary>Bytes already read from a stream, then the rest of it.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
    {
        private int _taken;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer) =>
            _taken < prefix.Length ? Take(buffer) : rest.Read(buffer);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _taken < prefix.Length ? Take(buffer.Span) : await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Take(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, prefix.Length - _taken);
            prefix.AsSpan(_taken, count).CopyTo(buffer);
            _taken += count;
            return count;
        }
    }
}
