namespace FactStore.Testing;

/// <summary>How <see cref="ImporterConformance"/> runs its checks.</summary>
public sealed record ConformanceOptions
{
    /// <summary>The defaults: no preparation, 200,000 records for the memory check, a 64 MiB bound, default limits.</summary>
    public static ConformanceOptions Default { get; } = new();

    /// <summary>
    /// Fills each new temporary store before the importer's input is imported into it, e.g. with the articles that an
    /// annotation file cites. <see langword="null"/> (the default) leaves the stores empty.
    /// </summary>
    public Func<FactStoreDatabase, CancellationToken, Task>? PrepareStoreAsync { get; init; }

    /// <summary>How many records the memory check asks the generator for (200,000 by default).</summary>
    public int LargeInputRecords
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(LargeInputRecords), value, "The number of records is positive.");
    } = 200_000;

    /// <summary>
    /// How much the managed heap may grow while the large input is imported, in bytes (64 MiB by default). See
    /// <see cref="ImporterConformance.MemoryStaysBoundedAsync"/> for what is measured.
    /// </summary>
    public long MaxMemoryGrowthBytes
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxMemoryGrowthBytes), value, "The bound is positive.");
    } = 64L * 1024 * 1024;

    /// <summary>The limits the importer reads under, as <see cref="ImportOptions.Limits"/> gives them.</summary>
    public ImportLimits Limits
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Limits));
    } = ImportLimits.Default;
}
