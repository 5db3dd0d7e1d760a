namespace FactStore.Testing;

/// <summary>An importer failed a conformance check; the message says what it did and what the contract asks.</summary>
/// <remarks>
/// A plain exception, not an assertion of one test framework: every framework reports it as a failed test with its
/// message.
/// </remarks>
public sealed class ConformanceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="check">The check that failed, e.g. <c>same input, same records</c>.</param>
    /// <param name="importer">The importer's name.</param>
    /// <param name="problem">What went wrong and how to fix it.</param>
    /// <param name="innerException">The error the check caught, if any.</param>
    public ConformanceException(string check, string importer, string problem, Exception? innerException = null)
        : base($"Importer '{importer}' fails the check '{check}': {problem}", innerException)
    {
        Check = check;
        Importer = importer;
        Problem = problem;
    }

    /// <summary>The check that failed.</summary>
    public string Check { get; }

    /// <summary>The importer's name.</summary>
    public string Importer { get; }

    /// <summary>What went wrong, without the check and importer.</summary>
    public string Problem { get; }
}
