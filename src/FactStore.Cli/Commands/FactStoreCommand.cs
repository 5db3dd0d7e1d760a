using System.CommandLine;
using FactStore.PostgreSql;

namespace FactStore.Cli.Commands;

/// <summary>The root command and the options every command takes. Built anew for each run: symbols are not shared.</summary>
internal sealed class FactStoreCommand
{
    private FactStoreCommand(CliConsole console)
    {
        Importer = ImportCommand.ImporterArgument(Plugins);
        // A RootCommand, so the [suggest] directive that dotnet-suggest calls for shell completion is there (with --help and --version).
        Root = new RootCommand("A citation-aware fact store on one SQLite file or on PostgreSQL: import sources, query facts with their citations, export every record.")
        {
            Database,
            Plugins,
            Verbose,
            ImportCommand.Create(console, Database, Plugins, Importer),
            ImportersCommand.Create(console, Plugins),
            FactsCommand.Create(console, Database, Plugins),
            EntityCommand.Create(console, Database, Plugins),
            EntitiesCommand.Create(console, Database, Plugins),
            PredicatesCommand.Create(console, Database, Plugins),
            StancesCommand.Create(console, Database, Plugins),
            SearchCommand.Create(console, Database, Plugins),
            ExportCommand.Create(console, Database, Plugins),
            ContestedCommand.Create(console, Database, Plugins),
            ConsensusCommand.Create(console, Database, Plugins),
            TimelineCommand.Create(console, Database, Plugins),
            HistoryCommand.Create(console, Database, Plugins),
            SourceCommand.Create(console, Database, Plugins),
            CiteCommand.Create(console, Database, Plugins),
            SheetCommand.Create(console, Database, Plugins),
            VerifyCommand.Create(console, Database, Plugins),
            StatsCommand.Create(console, Database, Plugins),
        };
    }

    public RootCommand Root { get; }

    /// <summary>The name that usage and help give the tool (System.CommandLine names a root command after the entry assembly).</summary>
    public const string ToolName = "factstore";

    /// <summary>The IMPORTER argument of <c>import</c>, whose help lists the importers.</summary>
    public Argument<string> Importer { get; }

    /// <summary>The database: a SQLite file, or a PostgreSQL connection; every command takes it.</summary>
    public Option<string> Database { get; } = new("--db")
    {
        Description = "The database: a SQLite file, or PostgreSQL as postgresql://user@host/db or Host=…;Database=… (default: $FACTSTORE_DB, else facts.db)",
        HelpName = "PATH|CONNECTION",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("FACTSTORE_DB") is { Length: > 0 } database ? database : "facts.db",
        Recursive = true,
    };

    /// <summary>A folder of plugins (importers, query providers) to load; every command takes it.</summary>
    public Option<string?> Plugins { get; } = new("--plugins")
    {
        Description = "Load the plugins in this folder (each *.dll, and DIR/Name/Name.dll)",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>Prints the full exception, stack trace included, on an error.</summary>
    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print the full error, with its stack trace",
        Recursive = true,
    };

    public static FactStoreCommand Create(CliConsole console) => new(console);

    /// <summary>Before help is shown: lists the importers of the plugin folder too, warning on standard error about any skipped.</summary>
    public async Task DescribeImportersAsync(CliConsole console, string? plugins)
    {
        if (plugins is null || !Directory.Exists(plugins))
        {
            return;
        }

        var (importers, problems) = ImporterRegistry.Load(plugins);
        await WarnAsync(console, problems).ConfigureAwait(false);
        Importer.Description = ImportCommand.DescribeImporters(importers);
    }

    /// <summary>
    /// Opens a database that must already exist (the read commands never create an empty one by mistake); on PostgreSQL
    /// read-only, so a database without a store is reported and left as it is.
    /// </summary>
    public static async Task<FactStoreDatabase> OpenExistingAsync(CliConsole console, string path, string? plugins, CancellationToken cancellationToken)
    {
        if (!PostgreSqlConnection.IsConnection(path))
        {
            return File.Exists(path)
                ? await OpenAsync(console, path, plugins, cancellationToken).ConfigureAwait(false)
                : throw CliException.BadInput($"{path}: no such database (import something first, or pass --db PATH)");
        }

        var options = Options(path, RequireFolder(plugins));
        options.Engine!.ReadOnly = true;
        FactStoreDatabase store;
        try
        {
            store = await FactStoreDatabase.OpenAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreSchemaException e) when (e.Message.Contains("is empty", StringComparison.Ordinal))
        {
            throw CliException.BadInput($"{PostgreSqlConnection.DisplayName(PostgreSqlConnection.Builder(path, null))}: no such database (no FactStore store is there; import something first, or pass --db)");
        }

        await WarnAsync(console, store.PluginProblems).ConfigureAwait(false);
        return store;
    }

    /// <summary>Opens (creating if needed) the database, with the plugins of the folder; a plugin skipped is a warning on standard error.</summary>
    public static async Task<FactStoreDatabase> OpenAsync(CliConsole console, string path, string? plugins, CancellationToken cancellationToken)
    {
        var store = await FactStoreDatabase.OpenAsync(
            Options(path, RequireFolder(plugins)),
            cancellationToken).ConfigureAwait(false);
        await WarnAsync(console, store.PluginProblems).ConfigureAwait(false);
        return store;
    }

    /// <summary>The store's options: PostgreSQL for a connection, else SQLite for a file.</summary>
    public static FactStoreOptions Options(string database, string? plugins)
    {
        var options = new FactStoreOptions { PluginFolder = plugins };
        return PostgreSqlConnection.IsConnection(database) ? options.UseNpgsql(database) : options.UseSqlite(database);
    }

    /// <summary>The plugin folder, which must exist when given.</summary>
    public static string? RequireFolder(string? plugins) =>
        plugins is null || Directory.Exists(plugins) ? plugins : throw CliException.BadInput($"{plugins}: no such plugin folder (--plugins DIR)");

    /// <summary>One line on standard error per plugin that was skipped, naming its file and why.</summary>
    public static async Task WarnAsync(CliConsole console, IEnumerable<PluginLoadException> problems)
    {
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync("warning: " + ErrorReport.OneLine(problem.Message)).ConfigureAwait(false);
        }
    }
}
