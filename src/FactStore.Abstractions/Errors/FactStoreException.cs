namespace FactStore;

/// <summary>The base of every error FactStore reports; catch it to handle them all.</summary>
public class FactStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and, where possible, how to fix it.</param>
    /// <param name="innerException">The underlying error, e.g. a database error.</param>
    public FactStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
