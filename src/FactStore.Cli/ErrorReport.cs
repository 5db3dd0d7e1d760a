using System.Text;
using System.Text.Json;

namespace FactStore.Cli;

/// <summary>Turns an exception into the exit code and the one line the user sees (the stack trace only with <c>--verbose</c>).</summary>
internal static class ErrorReport
{
    public static (int ExitCode, string Message) Describe(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => (ExitCodes.Cancelled, "cancelled"),
        CliException cli => (cli.ExitCode, OneLine(cli.Message)),

        // The library's errors already name the input, line and record, or the database.
        FactStoreException or IOException or UnauthorizedAccessException or JsonException or FormatException or DecoderFallbackException
            => (ExitCodes.DataError, OneLine(exception.Message)),
        _ => (ExitCodes.DataError, $"{OneLine(exception.Message)} ({exception.GetType().Name}; run with --verbose for details)"),
    };

    /// <summary>Joins a message's lines, so every error is exactly one line on standard error.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
