namespace FactStore;

/// <summary>The database cannot be opened at this version of FactStore: it is newer than this library, or not a FactStore database.</summary>
public sealed class StoreSchemaException : FactStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The underlying error.</param>
    public StoreSchemaException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
