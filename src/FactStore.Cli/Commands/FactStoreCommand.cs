using System.CommandLine;
using System.CommandLine.Help;

namespace FactStore.Cli.Commands;

/// <summary>The root command and the options every command takes. Built anew for each run: symbols are not shared.</summary>
internal sealed class FactStoreCommand
{
    private FactStoreCommand(CliConsole console)
    {
        // Named here, not after the assembly (FactStore.Cli), so usage and help say what the tool is called.
        Root = new Command("factstore", "A citation-aware fact store on one SQLite file: import sources, query facts with their citations, export every record.")
        {
            new HelpOption(),
            new VersionOption(),
            Database,
            Verbose,
            ImportCommand.Create(console, Database),
            FactsCommand.Create(console, Database),
            ExportCommand.Create(console, Database),
        };
    }

    public Command Root { get; }

    /// <summary>The database file; every command takes it.</summary>
    public Option<string> Database { get; } = new("--db")
    {
        Description = "The database file",
        HelpName = "PATH",
        DefaultValueFactory = _ => "facts.db",
        Recursive = true,
    };

    /// <summary>Prints the full exception, stack trace included, on an error.</summary>
    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print the full error, with its stack trace",
        Recursive = true,
    };

    public static FactStoreCommand Create(CliConsole console) => new(console);

    /// <summary>Opens a database that must already exist (the read commands never create an empty one by mistake).</summary>
    public static async Task<FactStoreDatabase> OpenExistingAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw CliException.BadInput($"{path}: no such database (import something first, or pass --db PATH)");
        }

        return await OpenAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens (creating if needed) the database.</summary>
    public static Task<FactStoreDatabase> OpenAsync(string path, CancellationToken cancellationToken) =>
        FactStoreDatabase.OpenAsync(new FactStoreOptions { DatabasePath = path }, cancellationToken);
}
