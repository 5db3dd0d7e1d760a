using System.CommandLine;
using FactStore.Cli.Output;

namespace FactStore.Cli.Commands;

/// <summary><c>factstore import IMPORTER PATH...</c>: imports each file, each in its own transaction.</summary>
internal static class ImportCommand
{
    /// <summary>The IMPORTER argument: its help names every importer (those of <c>--plugins DIR</c> once described with it), and it completes to them.</summary>
    public static Argument<string> ImporterArgument(Option<string?> plugins)
    {
        var importer = new Argument<string>("IMPORTER") { HelpName = "IMPORTER", Description = DescribeImporters(BuiltIns.Importers()) };
        importer.CompletionSources.Add(context =>
        {
            var folder = context.ParseResult.GetValue(plugins);
            var importers = folder is null || Directory.Exists(folder) ? ImporterRegistry.Load(folder).Importers : [.. BuiltIns.Importers()];
            return importers.Select(i => i.Name).Where(n => n.StartsWith(context.WordToComplete, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        });
        return importer;
    }

    /// <summary>The IMPORTER argument's help: every importer by name, built-in first.</summary>
    public static string DescribeImporters(IEnumerable<IFactImporter> importers)
    {
        var byOrigin = importers.ToLookup(ImporterRegistry.IsBuiltIn);
        var builtIn = string.Join(", ", byOrigin[true].Select(i => i.Name).Order(StringComparer.Ordinal));
        var fromPlugins = string.Join(", ", byOrigin[false].Select(i => i.Name).Order(StringComparer.Ordinal));
        return fromPlugins.Length == 0
            ? $"The importer; built-in: {builtIn}; or one from a plugin (--plugins DIR; 'factstore importers' lists them)"
            : $"The importer; built-in: {builtIn}; from plugins: {fromPlugins}";
    }

    public static Command Create(CliConsole console, Option<string> database, Option<string?> plugins, Argument<string> importer)
    {
        var paths = new Argument<string[]>("PATH") { Description = "The files to import, in order", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the results as one JSON document" };
        var skipBad = new Option<bool>("--skip-bad") { Description = "Skip bad records, import the rest, and list the skipped ones with their lines" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and check everything, write nothing; say what would be added" };
        var force = new Option<bool>("--force") { Description = "Import a file again even if the same importer already imported it" };
        var command = new Command("import", "Import files with the named importer; importing a file again adds nothing.") { importer, paths, json, skipBad, dryRun, force };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            console,
            parsed.GetRequiredValue(database),
            parsed.GetValue(plugins),
            parsed.GetRequiredValue(importer),
            parsed.GetRequiredValue(paths),
            parsed.GetValue(json),
            new ImportOptions { SkipBadRecords = parsed.GetValue(skipBad), DryRun = parsed.GetValue(dryRun), Force = parsed.GetValue(force) },
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, string database, string? plugins, string importer, string[] paths, bool json, ImportOptions options, CancellationToken cancellationToken)
    {
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw CliException.BadInput($"no such file: {string.Join(", ", missing.Select(p => Directory.Exists(p) ? p + " (a folder)" : p))}");
        }

        await using var store = await FactStoreCommand.OpenAsync(console, database, plugins, cancellationToken).ConfigureAwait(false);
        if (!store.ImporterNames.Contains(importer, StringComparer.OrdinalIgnoreCase))
        {
            throw CliException.Usage($"no importer is named '{importer}'; importers: {string.Join(", ", store.ImporterNames.Order(StringComparer.Ordinal))}");
        }

        var results = new List<ImportResult>(paths.Length);
        foreach (var path in paths)
        {
            var result = await ImportProgressBar.RunAsync(
                console, Path.GetFileName(path), progress => ImportAsync(store, importer, path, options with { Progress = progress }, cancellationToken)).ConfigureAwait(false);
            results.Add(result);
            if (!json)
            {
                await console.Out.WriteLineAsync(ImportResultText.Describe(result)).ConfigureAwait(false);
                foreach (var skipped in result.Skipped)
                {
                    await console.Out.WriteLineAsync(ImportResultText.Describe(skipped)).ConfigureAwait(false);
                }
            }
        }

        if (json)
        {
            await using var output = console.OpenOutput();
            await ImportResultText.WriteJsonAsync(output, results, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>Imports one file; an error that does not name the file yet is given its name.</summary>
    private static async Task<ImportResult> ImportAsync(FactStoreDatabase store, string importer, string path, ImportOptions options, CancellationToken cancellationToken)
    {
        var input = ImportInput.FromFile(path);
        try
        {
            return await store.ImportAsync(importer, input, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FactStoreException or IOException or UnauthorizedAccessException && !e.Message.Contains(input.Name, StringComparison.Ordinal))
        {
            throw CliException.BadInput($"{input.Name}: {ErrorReport.OneLine(e.Message)}", e);
        }
    }
}
