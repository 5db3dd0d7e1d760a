namespace FactStore.Testing;

/// <summary>A store in a new temporary folder, prepared by the options, and deleted with the folder when disposed.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private readonly string _folder;

    private TempStore(string folder, FactStoreDatabase database)
    {
        _folder = folder;
        Database = database;
    }

    public FactStoreDatabase Database { get; }

    public static async Task<TempStore> OpenAsync(ConformanceOptions options, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("factstore-conformance-").FullName;
        FactStoreDatabase? database = null;
        try
        {
            database = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(Path.Combine(folder, "facts.db")), cancellationToken).ConfigureAwait(false);
            if (options.PrepareStoreAsync is { } prepare)
            {
                await prepare(database, cancellationToken).ConfigureAwait(false);
            }

            return new TempStore(folder, database);
        }
        catch
        {
            if (database is not null)
            {
                await database.DisposeAsync().ConfigureAwait(false);
            }

            Delete(folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync().ConfigureAwait(false);
        Delete(_folder);
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (a virus scanner, a pooled handle on Windows) stays in the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
