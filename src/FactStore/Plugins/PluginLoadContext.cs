using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;

namespace FactStore.Plugins;

/// <summary>
/// One plugin's own load context: FactStore.Abstractions and Microsoft.Extensions.DependencyInjection.Abstractions come
/// from the host (so the plugin's types implement the host's interfaces); everything else the plugin brings resolves
/// from its folder, through its <c>.deps.json</c> when it has one, else by file name; the rest (the framework) from the host.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver? _resolver;
    private readonly string _folder;

    public PluginLoadContext(string pluginPath)
        : base("FactStore plugin " + Path.GetFileName(pluginPath), isCollectible: false)
    {
        _folder = Path.GetDirectoryName(pluginPath)!;
        try
        {
            _resolver = new AssemblyDependencyResolver(pluginPath);
        }
        catch (InvalidOperationException)
        {
            // No host policy to read .deps.json with (some test hosts): the folder alone is probed.
            _resolver = null;
        }
    }

    /// <summary>The assemblies every plugin shares with the host, by simple name.</summary>
    public static IReadOnlySet<string> Shared { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        typeof(IFactImporter).Assembly.GetName().Name!,
        typeof(IServiceCollection).Assembly.GetName().Name!,
    };

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || Shared.Contains(assemblyName.Name))
        {
            return null;
        }

        var path = _resolver?.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            var candidate = Path.Combine(_folder, assemblyName.Name + ".dll");
            path = File.Exists(candidate) ? candidate : null;
        }

        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver?.ResolveUnmanagedDllToPath(unmanagedDllName) is string path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
