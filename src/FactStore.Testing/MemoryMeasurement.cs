namespace FactStore.Testing;

/// <summary>What <see cref="ImporterConformance.MemoryStaysBoundedAsync"/> measured.</summary>
public sealed record MemoryMeasurement
{
    /// <summary>The records the importer yielded from the generated input.</summary>
    public required long Records { get; init; }

    /// <summary>How many times the heap was measured during the import.</summary>
    public required int Samples { get; init; }

    /// <summary>The managed heap after a full collection before the import, in bytes.</summary>
    public required long BaselineBytes { get; init; }

    /// <summary>The largest growth over <see cref="BaselineBytes"/> measured during the import, in bytes.</summary>
    public required long PeakGrowthBytes { get; init; }

    /// <summary>The bound the growth was held to, in bytes.</summary>
    public required long BoundBytes { get; init; }
}
