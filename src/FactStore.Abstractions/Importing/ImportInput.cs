using System.Security.Cryptography;

namespace FactStore;

/// <summary>Something to import: a file, bytes in memory, or a stream the caller opens.</summary>
/// <remarks>
/// The store reads an input once: the importer reads it, and the store learns the input's size, how far the importer
/// has read (for progress) and the SHA-256 of its bytes (for the import run's identity) from the stream
/// <see cref="Open"/> returns. Every stream opened is hashed as it is read, and the first one read to its end without
/// seeking gives the hash; a stream disposed before its end (an importer peeking at the first bytes) costs nothing more.
/// An importer that never reads the input to its end, or seeks, is still correct: the store then hashes the input
/// separately.
/// </remarks>
public sealed class ImportInput
{
    private readonly Func<Stream> _open;
    private ReadTracker? _latest;
    private string? _contentHash;

    private ImportInput(string name, string? path, Func<Stream> open, long? length, ImportLimits limits)
    {
        Name = name;
        FilePath = path;
        _open = open;
        Length = length;
        Limits = limits;
    }

    /// <summary>The name recorded in provenance: the file name without its folder, or the name given.</summary>
    public string Name { get; }

    /// <summary>The full path, for a file input; importers use it to resolve files the input refers to.</summary>
    public string? FilePath { get; }

    /// <summary>The input's size in bytes, when known (a file, bytes in memory).</summary>
    public long? Length { get; }

    /// <summary>The limits the importer honours while reading (line length, nesting depth); set by the store from <see cref="ImportOptions.Limits"/>.</summary>
    public ImportLimits Limits { get; }

    /// <summary>How many bytes of the input the last stream opened has read so far.</summary>
    public long BytesRead => _latest?.Position ?? 0;

    /// <summary>
    /// <c>sha256:</c> and the SHA-256 of the input's bytes, once a stream opened was read to its end without seeking;
    /// <see langword="null"/> before, or when it could not be told this way.
    /// </summary>
    public string? ContentHash => _contentHash;

    /// <summary>An input read from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The input.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ImportInput FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The import input '{full}' does not exist.", full);
        }

        return new ImportInput(Path.GetFileName(full), full, () => File.OpenRead(full), new FileInfo(full).Length, ImportLimits.Default);
    }

    /// <summary>An input held in memory.</summary>
    /// <param name="name">The name to record in provenance.</param>
    /// <param name="content">The bytes.</param>
    /// <returns>The input.</returns>
    public static ImportInput FromBytes(string name, ReadOnlyMemory<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ImportInput(name, null, () => new MemoryStream(content.ToArray(), writable: false), content.Length, ImportLimits.Default);
    }

    /// <summary>An input read from streams, e.g. an HTTP response body saved by the caller or a blob store.</summary>
    /// <param name="name">The name to record in provenance.</param>
    /// <param name="openStream">
    /// Opens a new readable stream positioned at the start of the same content each time it is called; the stream's
    /// reader disposes it.
    /// </param>
    /// <returns>The input.</returns>
    public static ImportInput FromStream(string name, Func<Stream> openStream)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(openStream);
        return new ImportInput(name, null, openStream, null, ImportLimits.Default);
    }

    /// <summary>The same input, to be read under other limits; the store calls it with <see cref="ImportOptions.Limits"/>.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>A new input over the same content, not yet read.</returns>
    public ImportInput WithLimits(ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new ImportInput(Name, FilePath, _open, Length, limits);
    }

    /// <summary>Opens the input for reading from its start. The caller disposes the stream.</summary>
    /// <returns>A readable stream.</returns>
    public Stream Open()
    {
        var tracker = new ReadTracker(_open(), this);
        _latest = tracker;
        return tracker;
    }

    /// <summary>Counts what is read and, until the input's hash is known, hashes it.</summary>
    private sealed class ReadTracker(Stream inner, ImportInput input) : Stream
    {
        private IncrementalHash? _sha = input._contentHash is null ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => _position;
            set => Seek(value, SeekOrigin.Begin);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            Consumed(buffer[..read], atEnd: read == 0 && !buffer.IsEmpty);
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            Consumed(buffer.Span[..read], atEnd: read == 0 && !buffer.IsEmpty);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin)
        {
            var position = inner.Seek(offset, origin);
            if (position != _position)
            {
                // The hash of a stream read out of order would not be the input's.
                _sha?.Dispose();
                _sha = null;
            }

            _position = position;
            return position;
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                // Read to the end without seeing it end (an importer that stops at the last byte): the hash is whole.
                if (_sha is not null && inner.CanSeek && _position == inner.Length)
                {
                    Consumed([], atEnd: true);
                }

                _sha?.Dispose();
                _sha = null;
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Consumed(ReadOnlySpan<byte> bytes, bool atEnd)
        {
            _position += bytes.Length;
            if (_sha is null)
            {
                return;
            }

            if (atEnd)
            {
                input._contentHash ??= "sha256:" + Convert.ToHexStringLower(_sha.GetHashAndReset());
                _sha.Dispose();
                _sha = null;
                return;
            }

            _sha.AppendData(bytes);
        }
    }
}
