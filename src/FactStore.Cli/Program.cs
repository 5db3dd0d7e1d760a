using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using FactStore.Cli.Commands;

namespace FactStore.Cli;

/// <summary>The <c>factstore</c> tool's entry points.</summary>
internal static class Program
{
    /// <summary>Runs the tool on the process's console; Ctrl+C cancels the running command (a second one ends the process).</summary>
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };
        return await RunAsync(args, CliConsole.System(), cancellation.Token).ConfigureAwait(false);
    }

    /// <summary>Runs one command line in-process, writing to <paramref name="output"/> and <paramref name="error"/> (never a terminal).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, CliConsole.For(output, error), cancellationToken);

    /// <summary>Runs one command line: parses it, runs the command, and turns every error into one line and an exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var command = FactStoreCommand.Create(console);
        var parsed = command.Root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            // System.CommandLine's own parse-error action exits 1; a usage error is 2 here, as the contract says.
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"error: {ErrorReport.OneLine(error.Message)}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync($"Run '{Usage(parsed)} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            if (parsed.Action is HelpAction)
            {
                return await HelpAsync(command, parsed, configuration, cancellationToken).ConfigureAwait(false);
            }

            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var (code, message) = ErrorReport.Describe(e, cancellationToken);
            await console.Error.WriteLineAsync(parsed.GetValue(command.Verbose) ? e.ToString() : "error: " + message).ConfigureAwait(false);
            return code;
        }
    }

    /// <summary>Help, with the importers of <c>--plugins DIR</c> listed, and usage naming the tool rather than its assembly.</summary>
    private static async Task<int> HelpAsync(FactStoreCommand command, ParseResult parsed, InvocationConfiguration configuration, CancellationToken cancellationToken)
    {
        var console = configuration.Output;
        await command.DescribeImportersAsync(CliConsole.For(console, configuration.Error), parsed.GetValue(command.Plugins)).ConfigureAwait(false);
        using var help = new StringWriter();
        configuration.Output = help;
        var code = await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        var executable = Regex.Escape(RootCommand.ExecutableName);
        await console.WriteAsync(Regex.Replace(help.ToString(), $@"^(\s+){executable}(?=\s|$)", "${1}" + FactStoreCommand.ToolName, RegexOptions.Multiline)).ConfigureAwait(false);
        return code;
    }

    private static string Usage(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        names[0] = FactStoreCommand.ToolName;
        return string.Join(' ', names);
    }
}
