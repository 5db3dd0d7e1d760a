namespace FactStore.Cli;

/// <summary>The exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad input or data: an invalid record, a quote not in its source, a missing file, a malformed date, an unknown name.</summary>
    public const int DataError = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing argument, an unknown importer.</summary>
    public const int UsageError = 2;

    /// <summary>Cancelled with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
