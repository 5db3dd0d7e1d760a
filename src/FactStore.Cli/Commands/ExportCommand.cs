using System.CommandLine;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore export --format jsonl</c>: every record in the store, one JSON object per line.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var format = new Option<string>("--format") { Description = "The format: jsonl (JSON Lines)", Required = true };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<string>("--out") { Description = "Write to this file instead of standard output", HelpName = "FILE" };
        var command = new Command("export", "Export every record (sources, entities, facts, stances, retractions, redactions) in insertion order.")
        {
            format, output,
        };
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), parsed.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string database, string? plugins, string? file, CancellationToken cancellationToken)
    {
        await using var store = await FactStoreCommand.OpenExistingAsync(console, database, plugins, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            await using var output = console.OpenOutput();
            await store.ExportJsonLinesAsync(output, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        // Written beside the target and moved over it at the end: a failed or cancelled export leaves no half file.
        var full = Path.GetFullPath(file);
        var partial = full + ".partial";
        try
        {
            await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await store.ExportJsonLinesAsync(output, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        return ExitCodes.Success;
    }
}
