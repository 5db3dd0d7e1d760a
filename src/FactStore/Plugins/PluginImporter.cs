using System.Runtime.CompilerServices;

namespace FactStore.Plugins;

/// <summary>
/// An importer from a plugin, as the store sees it: its own errors (anything but a <see cref="FactStoreException"/> or a
/// cancellation) come out as a <see cref="PluginImportException"/> naming the importer, the plugin and the input.
/// </summary>
internal sealed class PluginImporter : IFactImporter
{
    private readonly IFactImporter _inner;

    public PluginImporter(IFactImporter inner, string pluginPath)
    {
        _inner = inner;
        PluginPath = pluginPath;

        // Read once: a plugin whose name or version throws fails to load instead of failing every import.
        Name = inner.Name;
        Version = inner.Version;
        ArgumentException.ThrowIfNullOrWhiteSpace(Name, nameof(IFactImporter.Name));
        ArgumentException.ThrowIfNullOrWhiteSpace(Version, nameof(IFactImporter.Version));
    }

    public string Name { get; }

    public string Version { get; }

    public string PluginPath { get; }

    /// <summary>The plugin's own importer type, for messages.</summary>
    public Type InnerType => _inner.GetType();

    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int? line = null;
        IAsyncEnumerator<ImportItem> items;
        try
        {
            items = _inner.ReadAsync(input, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception e) when (IsPluginError(e, cancellationToken))
        {
            throw Wrap(e, input, line);
        }

        try
        {
            while (true)
            {
                ImportItem item;
                try
                {
                    if (!await items.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    item = items.Current ?? throw new InvalidOperationException("the importer yielded null instead of an item");
                }
                catch (Exception e) when (IsPluginError(e, cancellationToken))
                {
                    throw Wrap(e, input, line);
                }

                line = item.Line ?? line;
                yield return item;
            }
        }
        finally
        {
            await items.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static bool IsPluginError(Exception e, CancellationToken cancellationToken) =>
        e is not FactStoreException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private PluginImportException Wrap(Exception e, ImportInput input, int? line) => new(Name, PluginPath, input.Name, line, e);
}
