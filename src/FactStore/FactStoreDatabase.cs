using System.Data.Common;
using FactStore.Plugins;
using FactStore.Storage;
using FactStore.Engines;

namespace FactStore;

/// <summary>
/// A fact store on the engine its options name. Open it with <see cref="OpenAsync(Action{FactStoreOptions}, CancellationToken)"/>, or let
/// <see cref="FactStoreServiceCollectionExtensions.AddFactStore"/> register it.
/// </summary>
/// <remarks>
/// The store never overwrites: imports append, a correction supersedes, a retraction is recorded. All methods are
/// safe to call concurrently; writes are serialized. Dispose the store to release the file.
/// </remarks>
public sealed partial class FactStoreDatabase : IFactStore, IAsyncDisposable, IDisposable
{
    private readonly IStoreEngine _engine;
    private readonly StoreConnector _connector;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, IFactImporter> _importers;
    private readonly Dictionary<string, IFactQueryProvider> _queryProviders;
    private bool _disposed;
    private volatile bool _purgePending;

    private FactStoreDatabase(IStoreEngine dialect, TimeProvider time, Dictionary<string, IFactImporter> importers, Dictionary<string, IFactQueryProvider> queryProviders)
    {
        _engine = dialect;
        _connector = new StoreConnector(dialect, () => _disposed);
        Export = new Exporting.StoreExport(_connector, this);
        Maintenance = new Integrity.StoreMaintenance(_connector);
        _time = time;
        _importers = importers;
        _queryProviders = queryProviders;
    }

    /// <summary>Names the database: the full path of a SQLite file, or the host and database of a PostgreSQL store.</summary>
    public string DatabasePath => _engine.DisplayName;

    /// <summary>The store's exports: canonical JSON Lines and W3C Web Annotations.</summary>
    public IFactStoreExport Export { get; }

    /// <summary>The store's upkeep: verification and statistics.</summary>
    public IFactStoreMaintenance Maintenance { get; }

    /// <summary>The names of the importers <see cref="ImportAsync(string, ImportInput, CancellationToken)"/> can use.</summary>
    public IReadOnlyCollection<string> ImporterNames => _importers.Keys;

    /// <summary>
    /// The plugins of <see cref="FactStoreOptions.PluginFolder"/> that were skipped, each with its file and why; empty
    /// when all loaded or no folder was given.
    /// </summary>
    public IReadOnlyList<PluginLoadException> PluginProblems { get; private init; } = [];

    /// <summary>The names of the query providers <see cref="QueryAsync(string, QueryRequest, CancellationToken)"/> can run.</summary>
    public IReadOnlyCollection<string> QueryProviderNames => _queryProviders.Keys;

    /// <summary>Opens (creating if needed) the store and brings its schema up to date.</summary>
    /// <param name="configure">Sets the options: the engine at least, e.g. <c>o =&gt; o.UseSqlite("facts.db")</c>.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The open store, with the built-in importers and query providers.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="StoreAccessException">The database cannot be reached.</exception>
    /// <exception cref="StoreSchemaException">The database is not a FactStore database, or a newer one.</exception>
    public static Task<FactStoreDatabase> OpenAsync(Action<FactStoreOptions> configure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new FactStoreOptions();
        configure(options);
        return OpenAsync(options, [], [], cancellationToken);
    }

    /// <summary>Opens (creating if needed) the database and brings its schema up to date.</summary>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The open store, with the built-in importers and query providers.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="StoreSchemaException">The file is not a FactStore database, or a newer one.</exception>
    public static Task<FactStoreDatabase> OpenAsync(FactStoreOptions options, CancellationToken cancellationToken = default) =>
        OpenAsync(options, [], [], cancellationToken);

    /// <summary>
    /// Opens (creating if needed) the database and brings its schema up to date, with the built-in importers and query
    /// providers and the given ones: the same as <see cref="FactStoreServiceCollectionExtensions.AddFactStore"/> does.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <param name="importers">Importers to add to the built-in ones; an instance of a built-in type stands in for the built-in one.</param>
    /// <param name="queryProviders">Query providers to add to the built-in ones.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The open store, with the plugins of <see cref="FactStoreOptions.PluginFolder"/> too.</returns>
    /// <exception cref="ArgumentException">
    /// The options are invalid, or two importers (or two query providers) of different types have the same name,
    /// built-ins included.
    /// </exception>
    /// <exception cref="StoreSchemaException">The file is not a FactStore database, or a newer one.</exception>
    public static async Task<FactStoreDatabase> OpenAsync(
        FactStoreOptions options,
        IEnumerable<IFactImporter> importers,
        IEnumerable<IFactQueryProvider> queryProviders,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importers);
        ArgumentNullException.ThrowIfNull(queryProviders);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var importersByName = ByName(BuiltIns.Importers(), importers, i => i.Name, "importer");
        var queryProvidersByName = ByName(BuiltIns.QueryProviders(), queryProviders, p => p.Name, "query provider");
        var pluginProblems = options.PluginFolder is string pluginFolder
            ? PluginMerge.AddTo(PluginFolder.Load(pluginFolder), importersByName, queryProvidersByName)
            : [];
        var dialect = options.Engine!.CreateEngine();
        try
        {
            await using var connection = await dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await SchemaMigrator.OpenAsync(dialect, connection, options.TimeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (dialect.IsAccessError(e))
        {
            dialect.ReleaseConnections();
            throw new StoreAccessException($"{dialect.DisplayName} cannot be opened: {e.Message}", dialect.DisplayName, e);
        }
        catch (DbException e)
        {
            dialect.ReleaseConnections();
            throw new StoreSchemaException($"{dialect.DisplayName} cannot be opened as a FactStore database: {e.Message}", e);
        }
        catch
        {
            // A pooled connection must not keep a file this store refused open.
            dialect.ReleaseConnections();
            throw;
        }

        return new FactStoreDatabase(dialect, options.TimeProvider, importersByName, queryProvidersByName) { PluginProblems = pluginProblems };
    }

    /// <inheritdoc/>
    public DateTimeOffset? KnownAt => null;

    /// <inheritdoc/>
    public IFactStoreReader AsKnownAt(DateTimeOffset moment) => new KnownAtReader(_ => Task.FromResult(this), moment);

    /// <inheritdoc/>
    public Task<QueryResult> QueryAsync(string providerName, QueryRequest request, CancellationToken cancellationToken = default) =>
        QueryAsync(providerName, request, this, cancellationToken);

    /// <summary>Runs a provider on <paramref name="reader"/>, this store or a view of it as known at a moment.</summary>
    internal async Task<QueryResult> QueryAsync(string providerName, QueryRequest request, IFactStoreReader reader, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ArgumentNullException.ThrowIfNull(request);
        if (!_queryProviders.TryGetValue(providerName, out var provider))
        {
            throw new ArgumentException(
                $"No query provider is named '{providerName}'. Registered: {string.Join(", ", _queryProviders.Keys.Order(StringComparer.Ordinal))}.",
                nameof(providerName));
        }

        return await provider.ExecuteAsync(request, reader, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the database without waiting on it; prefer <see cref="DisposeAsync"/>, which also finishes a purge a redaction left pending.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _engine.ReleaseConnections();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_purgePending)
        {
            await PurgeOnDisposeAsync().ConfigureAwait(false);
        }

        _engine.ReleaseConnections();
    }

    private async Task PurgeOnDisposeAsync()
    {
        try
        {
            await using var connection = await _engine.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            _purgePending = !await _engine.PurgeErasedContentAsync(connection, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // Best effort: the log is purged at the latest when the last connection to the file closes.
        }
    }

    private Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => _connector.OpenAsync(cancellationToken);

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(FactStoreDatabase), $"This store on {DatabasePath} was disposed; open it again with FactStoreDatabase.Open.");
        }
    }

    /// <summary>
    /// The built-ins, each replaced by a given instance of its own type (dependency injection creates its own), then the
    /// given ones; two of different types with one name are refused.
    /// </summary>
    private static Dictionary<string, T> ByName<T>(IEnumerable<T> builtIns, IEnumerable<T> given, Func<T, string> name, string what)
        where T : class
    {
        var byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        var builtInTypes = new HashSet<Type>();
        foreach (var builtIn in builtIns)
        {
            byName.Add(name(builtIn), builtIn);
            builtInTypes.Add(builtIn.GetType());
        }

        foreach (var item in given)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(given));
            var itemName = name(item);
            if (!byName.TryGetValue(itemName, out var known))
            {
                byName.Add(itemName, item);
            }
            else if (known.GetType() != item.GetType())
            {
                var builtIn = builtInTypes.Contains(known.GetType()) ? " (built in)" : "";
                throw new ArgumentException(
                    $"Two {what}s are named '{itemName}': {known.GetType()}{builtIn} and {item.GetType()}. Names are unique, built-ins included: rename one.");
            }
            else if (builtInTypes.Contains(known.GetType()) && !ReferenceEquals(known, item))
            {
                byName[itemName] = item;
                builtInTypes.Remove(known.GetType());
            }
        }

        return byName;
    }
}
