namespace FactStore.Cli.Tests.Support;

/// <summary>A temp folder of plugins, filled from the plugin assemblies built beside the tests (plugins/).</summary>
internal static class TestPlugins
{
    public static string Built(string name) => Path.Combine(AppContext.BaseDirectory, "plugins", name + ".dll");

    /// <summary>Copies the named built plugins into a new folder <c>plugins</c> of <paramref name="folder"/>.</summary>
    public static string Folder(TempFolder folder, params string[] names)
    {
        var plugins = folder.File("plugins");
        Directory.CreateDirectory(plugins);
        foreach (var name in names)
        {
            File.Copy(Built(name), Path.Combine(plugins, name + ".dll"));
        }

        return plugins;
    }
}
