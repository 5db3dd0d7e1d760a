namespace FactStore;

/// <summary>
/// What every stored record has: an identifier derived from its content and, once stored, its provenance.
/// </summary>
/// <remarks>Records are immutable; the store never updates one in place.</remarks>
public abstract record StoreRecord
{
    private protected StoreRecord()
    {
    }

    /// <summary>
    /// The identifier, derived from the record's content (see the README's ID scheme), so that the same content
    /// imported on any machine gets the same identifier.
    /// </summary>
    public abstract string Id { get; }

    /// <summary>Who produced the record and when the store recorded it; <see langword="null"/> before it is stored.</summary>
    public Provenance? Provenance { get; init; }
}
