namespace FactStore.Cli;

/// <summary>An error the tool reports itself: its message is the one line printed, with the exit code to return.</summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    /// <summary>Bad input or data: exit 1.</summary>
    public static CliException BadInput(string message, Exception? innerException = null) => new(ExitCodes.DataError, message, innerException);

    /// <summary>A usage error: exit 2.</summary>
    public static CliException Usage(string message) => new(ExitCodes.UsageError, message);
}
