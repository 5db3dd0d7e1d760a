namespace FactStore;

/// <summary>How far an import has come.</summary>
public readonly record struct ImportProgress
{
    /// <summary>Records read from the input so far.</summary>
    public long Records { get; init; }

    /// <summary>Bytes of the input read so far.</summary>
    public long BytesRead { get; init; }

    /// <summary>The input's size in bytes, when known (a file), else <see langword="null"/>.</summary>
    public long? TotalBytes { get; init; }
}
