namespace FactStore;

/// <summary>
/// An importer loaded from a plugin folder failed with an error of its own (not a <see cref="FactStoreException"/>)
/// while reading an input; nothing of that import was written. The inner exception is the plugin's.
/// </summary>
public sealed class PluginImportException : FactStoreException
{
    /// <summary>Creates the exception; the message names the input, the importer and its plugin file.</summary>
    /// <param name="importer">The importer's name.</param>
    /// <param name="pluginPath">The plugin's assembly file.</param>
    /// <param name="input">The input's name.</param>
    /// <param name="line">The line of the last record the importer yielded before it failed, if known.</param>
    /// <param name="innerException">The error the importer raised.</param>
    public PluginImportException(string importer, string pluginPath, string input, int? line, Exception innerException)
        : base(
            $"{input}{(line is null ? "" : $", after line {line}")}: the importer '{importer}' (plugin {Path.GetFileName(pluginPath)}) failed: {innerException?.GetType().Name}: {innerException?.Message}",
            innerException)
    {
        Importer = importer;
        PluginPath = pluginPath;
        Input = input;
        Line = line;
    }

    /// <summary>The importer's name.</summary>
    public string Importer { get; }

    /// <summary>The plugin's assembly file.</summary>
    public string PluginPath { get; }

    /// <summary>The input's name.</summary>
    public string Input { get; }

    /// <summary>The line of the last record the importer yielded before it failed, if known.</summary>
    public int? Line { get; }
}
