using FactStore.Cli.Output;

namespace FactStore.Cli;

/// <summary>Where a command writes: text output, errors, and the same output as a byte stream for JSON.</summary>
/// <param name="Out">Text output (standard output).</param>
/// <param name="Error">Errors (standard error).</param>
/// <param name="IsTerminal">Whether <paramref name="Out"/> is a terminal: tables and colour; otherwise plain lines.</param>
/// <param name="OpenOutput">Opens standard output as a stream, for UTF-8 JSON written as it is produced.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal, Func<Stream> OpenOutput)
{
    /// <summary>Whether <see cref="Error"/> is a terminal: progress is drawn there, so it shows when standard output is redirected.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The process's console.</summary>
    public static CliConsole System() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, Console.OpenStandardOutput) { ErrorIsTerminal = !Console.IsErrorRedirected };

    /// <summary>Writers, e.g. in tests: never a terminal; bytes written to the stream arrive in <paramref name="output"/> as text.</summary>
    public static CliConsole For(TextWriter output, TextWriter error) =>
        new(output, error, false, () => new TextWriterStream(output));
}
