using FactStore.Plugins;

namespace FactStore.Cli.Commands;

/// <summary>The importers the tool can use: the built-ins, and those of a plugin folder. Opens no database.</summary>
internal static class ImporterRegistry
{
    /// <summary>Every importer by name, with the plugins that were skipped and why.</summary>
    /// <exception cref="CliException">The plugin folder does not exist.</exception>
    public static (IReadOnlyList<IFactImporter> Importers, IReadOnlyList<PluginLoadException> Problems) Load(string? plugins)
    {
        var importers = BuiltIns.Importers().ToDictionary(i => i.Name, StringComparer.OrdinalIgnoreCase);
        var queryProviders = BuiltIns.QueryProviders().ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<PluginLoadException> problems = [];
        if (FactStoreCommand.RequireFolder(plugins) is string folder)
        {
            problems = PluginMerge.AddTo(PluginFolder.Load(folder), importers, queryProviders);
        }

        return ([.. importers.Values.OrderBy(i => i.Name, StringComparer.Ordinal)], problems);
    }

    /// <summary>Whether the importer came with the tool (not from a plugin).</summary>
    public static bool IsBuiltIn(IFactImporter importer) => importer is not PluginImporter;

    /// <summary>Where the importer comes from: its plugin file, or <c>built-in</c>.</summary>
    public static string Origin(IFactImporter importer) => importer is PluginImporter plugin ? plugin.PluginPath : ImportersCommand.BuiltIn;
}
