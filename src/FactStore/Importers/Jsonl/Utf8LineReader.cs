namespace FactStore.Importers.Jsonl;

/// <summary>
/// Reads a UTF-8 stream line by line without decoding it, so memory is bounded by the longest line allowed, not the
/// input: a line longer than the limit is skipped to its end unbuffered and reported by its length. Lines end in
/// <c>\n</c>; a <c>\r</c> before it and a UTF-8 byte order mark at the start are dropped.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, int maxCharacters)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _first = true;

    /// <summary>The next line, or <see langword="null"/> at the end of the input.</summary>
    /// <remarks>The returned bytes are valid until the next call.</remarks>
    public async ValueTask<Utf8Line?> ReadAsync(CancellationToken cancellationToken)
    {
        var scanned = _start;
        long characters = 0;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', scanned, _end - scanned);
            var stop = newline < 0 ? _end : newline;
            characters += Utf16Length(_buffer.AsSpan(scanned, stop - scanned));
            scanned = stop;
            if (characters > maxCharacters)
            {
                return await SkipAsync(newline, characters, cancellationToken).ConfigureAwait(false);
            }

            if (newline >= 0 || (_eof && _start < _end))
            {
                var line = Take(newline < 0 ? _end : newline, newline < 0 ? _end : newline + 1);
                return new Utf8Line(line, characters, TooLong: false);
            }

            if (_eof)
            {
                return null;
            }

            scanned -= _start;
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Drops the rest of an over-long line, counting its characters.</summary>
    private async ValueTask<Utf8Line> SkipAsync(int newline, long characters, CancellationToken cancellationToken)
    {
        while (newline < 0 && !_eof)
        {
            _start = _end;
            await FillAsync(cancellationToken).ConfigureAwait(false);
            newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            characters += Utf16Length(_buffer.AsSpan(_start, (newline < 0 ? _end : newline) - _start));
        }

        _start = newline < 0 ? _end : newline + 1;
        _first = false;
        return new Utf8Line(ReadOnlyMemory<byte>.Empty, characters, TooLong: true);
    }

    private ReadOnlyMemory<byte> Take(int end, int next)
    {
        var start = _start;
        if (_first && end - start >= 3 && _buffer.AsSpan(start, 3).SequenceEqual("\uFEFF"u8))
        {
            start += 3;
        }

        _first = false;
        var length = end - start;
        if (length > 0 && _buffer[end - 1] == (byte)'\r')
        {
            length--;
        }

        _start = next;
        return _buffer.AsMemory(start, length);
    }

    /// <summary>Moves the unread bytes to the front (growing the buffer when they fill it) and reads more.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var unread = _end - _start;
        if (unread == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, unread);
        }

        _start = 0;
        _end = unread;
        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _eof = read == 0;
    }

    /// <summary>How many UTF-16 characters the UTF-8 bytes decode to: a character per lead byte, two for a four-byte sequence.</summary>
    private static long Utf16Length(ReadOnlySpan<byte> bytes)
    {
        long count = 0;
        foreach (var b in bytes)
        {
            count += (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
        }

        return count;
    }
}

/// <summary>A line of UTF-8 bytes without its line ending, or only the length of one that was too long.</summary>
internal readonly record struct Utf8Line(ReadOnlyMemory<byte> Bytes, long Characters, bool TooLong);
