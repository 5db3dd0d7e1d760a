namespace FactStore;

/// <summary>
/// A plugin in a plugin folder could not be loaded and was skipped: it is not a .NET assembly, it was built against an
/// incompatible FactStore.Abstractions, a type failed to load, a constructor threw, or an extension's name is taken.
/// The rest of the folder loaded; the store works without this plugin.
/// </summary>
public sealed class PluginLoadException : FactStoreException
{
    /// <summary>Creates the exception; the message names the plugin file and why it was skipped.</summary>
    /// <param name="pluginPath">The plugin's assembly file.</param>
    /// <param name="reason">Why it was skipped, and where possible how to fix it.</param>
    /// <param name="innerException">The error the plugin raised, if any.</param>
    public PluginLoadException(string pluginPath, string reason, Exception? innerException = null)
        : base($"plugin {pluginPath}: {reason}", innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        PluginPath = pluginPath;
        Reason = reason;
    }

    /// <summary>The plugin's assembly file.</summary>
    public string PluginPath { get; }

    /// <summary>Why the plugin was skipped, without the file name.</summary>
    public string Reason { get; }
}
