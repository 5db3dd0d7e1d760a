namespace FactStore.Plugins;

/// <summary>Adds a folder's plugins to the extensions a store already has, skipping a plugin whose names are taken.</summary>
internal static class PluginMerge
{
    /// <summary>Adds each plugin whole, or reports it; returns the folder's problems and these.</summary>
    public static IReadOnlyList<PluginLoadException> AddTo(
        PluginFolder folder,
        Dictionary<string, IFactImporter> importers,
        Dictionary<string, IFactQueryProvider> queryProviders)
    {
        var problems = new List<PluginLoadException>(folder.Problems);
        foreach (var plugin in folder.Plugins)
        {
            var taken = plugin.Importers.Where(i => importers.ContainsKey(i.Name)).Select(i => $"importer '{i.Name}' ({Origin(importers[i.Name])})")
                .Concat(plugin.QueryProviders.Where(p => queryProviders.ContainsKey(p.Name)).Select(p => $"query provider '{p.Name}' ({Origin(queryProviders[p.Name])})"))
                .Concat(plugin.Importers.GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"importer '{g.Key}' (twice in this plugin)"))
                .ToList();
            if (taken.Count > 0)
            {
                problems.Add(new PluginLoadException(plugin.FilePath, $"skipped, its names are taken: {string.Join(", ", taken)}; rename them in the plugin"));
                continue;
            }

            foreach (var importer in plugin.Importers)
            {
                importers.Add(importer.Name, importer);
            }

            foreach (var provider in plugin.QueryProviders)
            {
                queryProviders.TryAdd(provider.Name, provider);
            }
        }

        return problems;
    }

    /// <summary>Where an extension comes from: a plugin file, or "built-in" (or registered by the host).</summary>
    public static string Origin(object extension) => extension is PluginImporter plugin ? Path.GetFileName(plugin.PluginPath) : "built-in or registered";
}
