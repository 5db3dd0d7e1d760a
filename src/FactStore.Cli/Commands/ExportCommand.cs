using System.CommandLine;

namespace FactStore.Cli.Commands;

/// <summary>
/// <c>factstore export --format jsonl</c>: every record in the store, one JSON object per line;
/// <c>--format web-annotation</c>: every stance as a W3C Web Annotation collection, or one stance with <c>--stance ID</c>.
/// </summary>
internal static class ExportCommand
{
    private const string JsonLines = "jsonl";
    private const string WebAnnotation = "web-annotation";

    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins)
    {
        var format = new Option<string>("--format")
        {
            Description = "The format: jsonl (JSON Lines, every record) or web-annotation (W3C Web Annotation JSON-LD, the stances)",
            Required = true,
        };
        format.AcceptOnlyFromAmong(JsonLines, WebAnnotation);
        var output = new Option<string>("--out") { Description = "Write to this file instead of standard output", HelpName = "FILE" };
        var stance = new Option<string>("--stance") { Description = "With --format web-annotation: write only this stance, as one annotation", HelpName = "ID" };
        var provenance = new Option<bool>("--provenance") { Description = "With --format jsonl: also write which run of this store recorded each record, and when" };
        var command = new Command("export", "Export every record (sources, entities, facts, stances, retractions, redactions) in insertion order, or the stances as Web Annotations.")
        {
            format, output, stance, provenance,
        };
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(console, parsed.GetRequiredValue(database), parsed.GetValue(plugins), parsed.GetRequiredValue(format), parsed.GetValue(stance), parsed.GetValue(provenance), parsed.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string database, string? plugins, string format, string? stanceId, bool provenance, string? file, CancellationToken cancellationToken)
    {
        if (stanceId is not null && format != WebAnnotation)
        {
            throw CliException.Usage("--stance works with --format web-annotation only; drop --stance to export every record as JSON Lines.");
        }

        await using var store = await FactStoreCommand.OpenExistingAsync(console, database, plugins, cancellationToken).ConfigureAwait(false);
        async Task WriteAsync(Stream output)
        {
            if (stanceId is not null)
            {
                if (!await store.Export.WriteWebAnnotationAsync(stanceId, output, cancellationToken).ConfigureAwait(false))
                {
                    throw CliException.BadInput($"The store has no stance '{stanceId}'; stance ids look like stn_… (see `factstore facts --json`).");
                }
            }
            else if (format == WebAnnotation)
            {
                await store.Export.ExportWebAnnotationsAsync(output, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await store.Export.ExportJsonLinesAsync(output, provenance, cancellationToken).ConfigureAwait(false);
            }
        }

        if (file is null)
        {
            await using var output = console.OpenOutput();
            await WriteAsync(output).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        // Written beside the target and moved over it at the end: a failed or cancelled export leaves no half file.
        var full = Path.GetFullPath(file);
        var partial = full + ".partial";
        try
        {
            await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await WriteAsync(output).ConfigureAwait(false);
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
