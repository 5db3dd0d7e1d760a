using System.CommandLine;

namespace FactStore.Cli.Commands;

/// <summary>
/// <c>factstore importers [--plugins DIR]</c>: the importers <c>import</c> can use, one a line: the name, a tab, and the
/// plugin file it comes from or <c>built-in</c>. Opens no database.
/// </summary>
internal static class ImportersCommand
{
    public const string BuiltIn = "built-in";

    public static Command Create(CliConsole console, Option<string?> plugins)
    {
        var command = new Command("importers", "List the importers available: built-in, and from the --plugins folder.");
        command.SetAction((parsed, cancellationToken) => RunAsync(console, parsed.GetValue(plugins)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? plugins)
    {
        var (importers, problems) = ImporterRegistry.Load(plugins);
        await FactStoreCommand.WarnAsync(console, problems).ConfigureAwait(false);
        foreach (var importer in importers)
        {
            await console.Out.WriteLineAsync($"{importer.Name}\t{ImporterRegistry.Origin(importer)}").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
