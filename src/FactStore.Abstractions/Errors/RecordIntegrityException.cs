namespace FactStore;

/// <summary>
/// A stored record no longer matches its content-derived id: the database was changed outside FactStore. The record
/// is reported rather than returned.
/// </summary>
public sealed class RecordIntegrityException : FactStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recordId">The id the record is stored under.</param>
    /// <param name="contentId">The id its stored content hashes to.</param>
    public RecordIntegrityException(string recordId, string contentId)
        : base($"The stored record {recordId} no longer matches its content (it hashes to {contentId}); the database was altered outside FactStore.")
    {
        RecordId = recordId;
        ContentId = contentId;
    }

    /// <summary>The id the record is stored under.</summary>
    public string RecordId { get; }

    /// <summary>The id its stored content hashes to.</summary>
    public string ContentId { get; }
}
