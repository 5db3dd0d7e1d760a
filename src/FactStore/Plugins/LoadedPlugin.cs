namespace FactStore.Plugins;

/// <summary>One plugin assembly loaded from a <see cref="PluginFolder"/>, with the extensions it provides.</summary>
public sealed class LoadedPlugin
{
    internal LoadedPlugin(string filePath, IReadOnlyList<IFactImporter> importers, IReadOnlyList<IFactQueryProvider> queryProviders)
    {
        FilePath = filePath;
        Importers = importers;
        QueryProviders = queryProviders;
    }

    /// <summary>The plugin's assembly file, full path.</summary>
    public string FilePath { get; }

    /// <summary>
    /// One instance of each public importer type of the plugin. Errors an importer raises while reading, other than a
    /// <see cref="FactStoreException"/> or a cancellation, come out as a <see cref="PluginImportException"/>.
    /// </summary>
    public IReadOnlyList<IFactImporter> Importers { get; }

    /// <summary>One instance of each public query provider type of the plugin.</summary>
    public IReadOnlyList<IFactQueryProvider> QueryProviders { get; }
}
