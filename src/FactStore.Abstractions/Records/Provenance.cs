namespace FactStore;

/// <summary>Where a stored record came from: which importer, in which import run, from which input, recorded when.</summary>
public sealed record Provenance
{
    /// <summary>The importer's <see cref="IFactImporter.Name"/>, or <c>manual</c> for records written through the API.</summary>
    public required string Importer
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Importer));
    }

    /// <summary>The importer's <see cref="IFactImporter.Version"/>.</summary>
    public required string ImporterVersion
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(ImporterVersion));
    }

    /// <summary>The identifier of the import run that wrote the record.</summary>
    public required string ImportRunId
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(ImportRunId));
    }

    /// <summary>The name of the input the record was read from (a file name, not a full path).</summary>
    public required string Input
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Input));
    }

    /// <summary>When the store recorded the record: the "known at" axis.</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
