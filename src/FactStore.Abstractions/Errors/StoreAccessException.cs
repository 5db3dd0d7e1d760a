namespace FactStore;

/// <summary>
/// The database could not be read or written: it is locked for too long, unreadable, full or damaged. A write that
/// fails this way wrote nothing; the inner exception, when there is one, is the database provider's or the file system's.
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

    /// <summary>Creates the exception for a failure FactStore found itself (e.g. a path that is a folder).</summary>
    /// <param name="message">What failed.</param>
    /// <param name="database">Which database, e.g. its file path.</param>
    public StoreAccessException(string message, string? database)
        : base(message)
    {
        Database = database;
    }

    /// <summary>Which database failed, e.g. its file path.</summary>
    public string? Database { get; }
}
