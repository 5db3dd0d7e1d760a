namespace FactStore;

/// <summary>
/// The database could not be read or written: it is locked for too long, unreadable, full or damaged. A write that
/// fails this way wrote nothing; the inner exception is the database provider's.
/// </summary>
public sealed class StoreAccessException : FactStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="database">Which database, e.g. its file path.</param>
    /// <param name="innerException">The provider's error.</param>
    public StoreAccessException(string message, string? database, Exception innerException)
        : base(message, innerException)
    {
        Database = database;
    }

    /// <summary>Which database failed, e.g. its file path.</summary>
    public string? Database { get; }
}
