namespace FactStore;

/// <summary>How <see cref="IFactStoreReader.GetEvidenceAsync(IEnumerable{string}, EvidenceOptions?, CancellationToken)"/> reads evidence.</summary>
public sealed record EvidenceOptions
{
    /// <summary>
    /// Whether each stance's <see cref="StanceEvidence.Source"/> carries its text. By default it does not: a source is
    /// read with its metadata only (<see cref="Source.IsTextOmitted"/>), since a text can be megabytes and a citation's
    /// quote, offsets and context are in the stance.
    /// </summary>
    public bool IncludeSourceText { get; init; }
}
