namespace FactStore.Plugins;

/// <summary>
/// The plugins of one folder, loaded: each <c>*.dll</c> directly in it, and each subfolder's main assembly
/// (<c>DIR/Name/Name.dll</c>), each in a load context of its own. See docs/plugins.md for the rules.
/// </summary>
/// <remarks>
/// <para>Loading never throws for a bad plugin: a plugin that is not a .NET assembly, was built against an incompatible
/// FactStore.Abstractions, fails to load a type or whose constructor throws is skipped whole and reported in
/// <see cref="Problems"/>; the rest load. An assembly that does not reference FactStore.Abstractions (a dependency of a
/// plugin) is not a plugin and is passed over silently.</para>
/// <para>Each public, non-abstract type implementing <see cref="IFactImporter"/> or <see cref="IFactQueryProvider"/>
/// with a public parameterless constructor is instantiated once. Loaded assemblies stay loaded for the life of the
/// process (load contexts are not collectible); load a folder once and keep the result.</para>
/// </remarks>
public sealed class PluginFolder
{
    private PluginFolder(string path, IReadOnlyList<LoadedPlugin> plugins, IReadOnlyList<PluginLoadException> problems)
    {
        Path = path;
        Plugins = plugins;
        Problems = problems;
    }

    /// <summary>The folder, full path.</summary>
    public string Path { get; }

    /// <summary>The plugins that loaded, in file name order.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins { get; }

    /// <summary>The plugins that were skipped, each with its file and why.</summary>
    public IReadOnlyList<PluginLoadException> Problems { get; }

    /// <summary>Every importer of every plugin that loaded.</summary>
    public IEnumerable<IFactImporter> Importers => Plugins.SelectMany(p => p.Importers);

    /// <summary>Every query provider of every plugin that loaded.</summary>
    public IEnumerable<IFactQueryProvider> QueryProviders => Plugins.SelectMany(p => p.QueryProviders);

    /// <summary>Loads every plugin of a folder.</summary>
    /// <param name="path">The folder.</param>
    /// <returns>The plugins that loaded and the problems of those that did not.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static PluginFolder Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The plugin folder '{folder}' does not exist.");
        }

        var plugins = new List<LoadedPlugin>();
        var problems = new List<PluginLoadException>();
        foreach (var file in PluginFiles(folder))
        {
            try
            {
                if (PluginLoader.Load(file) is LoadedPlugin plugin)
                {
                    plugins.Add(plugin);
                }
            }
            catch (PluginLoadException e)
            {
                problems.Add(e);
            }
        }

        return new PluginFolder(folder, plugins, problems);
    }

    private static IEnumerable<string> PluginFiles(string folder)
    {
        var direct = Directory.EnumerateFiles(folder, "*.dll")
            .Where(f => !PluginLoader.IsHostAssembly(System.IO.Path.GetFileNameWithoutExtension(f)));
        var nested = Directory.EnumerateDirectories(folder)
            .Select(d => System.IO.Path.Combine(d, System.IO.Path.GetFileName(d) + ".dll"))
            .Where(File.Exists);
        return direct.Concat(nested).Order(StringComparer.Ordinal);
    }
}
