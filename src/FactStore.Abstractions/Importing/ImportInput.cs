namespace FactStore;

/// <summary>Something to import: a file, or bytes in memory.</summary>
/// <remarks>An input can be opened more than once: the store reads it once to hash it and the importer reads it again.</remarks>
public sealed class ImportInput
{
    private readonly Func<Stream> _open;

    private ImportInput(string name, string? path, Func<Stream> open)
    {
        Name = name;
        FilePath = path;
        _open = open;
    }

    /// <summary>The name recorded in provenance: the file name without its folder, or the name given.</summary>
    public string Name { get; }

    /// <summary>The full path, for a file input; importers use it to resolve files the input refers to.</summary>
    public string? FilePath { get; }

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

        return new ImportInput(Path.GetFileName(full), full, () => File.OpenRead(full));
    }

    /// <summary>An input held in memory.</summary>
    /// <param name="name">The name to record in provenance.</param>
    /// <param name="content">The bytes.</param>
    /// <returns>The input.</returns>
    public static ImportInput FromBytes(string name, ReadOnlyMemory<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ImportInput(name, null, () => new MemoryStream(content.ToArray(), writable: false));
    }

    /// <summary>An input read from streams, e.g. an HTTP response body saved by the caller or a blob store.</summary>
    /// <param name="name">The name to record in provenance.</param>
    /// <param name="openStream">
    /// Opens a new readable stream positioned at the start of the same content each time it is called; the store
    /// disposes each stream it opens.
    /// </param>
    /// <returns>The input.</returns>
    public static ImportInput FromStream(string name, Func<Stream> openStream)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(openStream);
        return new ImportInput(name, null, openStream);
    }

    /// <summary>Opens the input for reading from its start. The caller disposes the stream.</summary>
    /// <returns>A readable stream.</returns>
    public Stream Open() => _open();
}
