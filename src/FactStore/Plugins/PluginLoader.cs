using System.Reflection;

namespace FactStore.Plugins;

/// <summary>Loads one plugin assembly into its own context and creates its extensions, all or nothing.</summary>
internal static class PluginLoader
{
    private static readonly string AbstractionsName = typeof(IFactImporter).Assembly.GetName().Name!;

    /// <summary>Whether an assembly of this name is the host's own (shared, or FactStore itself): never a plugin.</summary>
    public static bool IsHostAssembly(string name) =>
        PluginLoadContext.Shared.Contains(name) || string.Equals(name, typeof(PluginLoader).Assembly.GetName().Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The plugin, or <see langword="null"/> for an assembly that does not reference FactStore.Abstractions.</summary>
    /// <exception cref="PluginLoadException">The plugin cannot be loaded; the reason says why.</exception>
    public static LoadedPlugin? Load(string file)
    {
        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(file).LoadFromAssemblyPath(file);
        }
        catch (BadImageFormatException e)
        {
            throw new PluginLoadException(file, "not a .NET assembly (or built for another runtime)", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PluginLoadException(file, $"cannot be read: {e.Message}", e);
        }

        var reference = assembly.GetReferencedAssemblies().FirstOrDefault(a => string.Equals(a.Name, AbstractionsName, StringComparison.OrdinalIgnoreCase));
        if (reference is null)
        {
            return null;
        }

        var host = PluginCompatibility.Host;
        if (reference.Version is Version built && !PluginCompatibility.IsCompatible(built, host))
        {
            throw new PluginLoadException(
                file,
                $"built against {AbstractionsName} {built.ToString(2)}, which this host ({host.ToString(2)}) cannot load: rebuild the plugin against {host.ToString(2)}");
        }

        try
        {
            return Create(file, assembly);
        }
        catch (Exception e) when (e is not PluginLoadException && e is not OutOfMemoryException)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new PluginLoadException(file, $"{Describe(cause)} (built against {AbstractionsName} {reference.Version?.ToString(2)}; this host has {host.ToString(2)})", cause);
        }
    }

    private static LoadedPlugin Create(string file, Assembly assembly)
    {
        var importers = new List<IFactImporter>();
        var providers = new List<IFactQueryProvider>();
        foreach (var type in assembly.GetExportedTypes())
        {
            if (!type.IsClass || type.IsAbstract || type.ContainsGenericParameters
                || !(typeof(IFactImporter).IsAssignableFrom(type) || typeof(IFactQueryProvider).IsAssignableFrom(type))
                || type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            object instance;
            try
            {
                instance = Activator.CreateInstance(type)!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw new PluginLoadException(file, $"the constructor of {type.FullName} threw {Describe(e.InnerException)}", e.InnerException);
            }

            if (instance is IFactImporter importer)
            {
                importers.Add(new PluginImporter(importer, file));
            }

            if (instance is IFactQueryProvider provider)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(provider.Name, nameof(IFactQueryProvider.Name));
                providers.Add(provider);
            }
        }

        return new LoadedPlugin(file, importers, providers);
    }

    private static string Describe(Exception e) => e switch
    {
        ReflectionTypeLoadException { LoaderExceptions: var loader } =>
            $"a type failed to load: {string.Join("; ", loader.OfType<Exception>().Select(l => l.Message).Distinct().Take(3))}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
