namespace FactStore;

/// <summary>How one import runs: all or nothing (the default) or skipping bad records, for real or as a dry run.</summary>
public sealed record ImportOptions
{
    /// <summary>The defaults: all or nothing, written for real, no progress reports, <see cref="ImportLimits.Default"/>.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// Skip the records the store or the importer finds bad (an invalid record, a quote not in its source, a line that
    /// does not parse) and write the rest; each skipped record is reported in <see cref="ImportResult.Skipped"/> and kept
    /// with the stored run. When <see langword="false"/> (the default), the first bad record aborts the import and
    /// nothing of it is written.
    /// </summary>
    public bool SkipBadRecords { get; init; }

    /// <summary>Read and check everything as a real import would, then write nothing; the result says what would have been added.</summary>
    public bool DryRun { get; init; }

    /// <summary>Import even when the same importer, version and configuration already imported the same input.</summary>
    public bool Force { get; init; }

    /// <summary>Receives progress: records read, bytes read of the total. Reported from the importing thread, at most a few times a second.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }

    /// <summary>The limits on what one input may hold.</summary>
    public ImportLimits Limits
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Limits));
    } = ImportLimits.Default;
}
