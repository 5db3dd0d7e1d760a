using FactStore.TestSupport;
using Npgsql;

namespace FactStore.Cli.Tests.Support;

/// <summary>
/// A folder of its own for one test's database and files, deleted afterwards. The database is a file in it, or, when
/// the run puts every store on PostgreSQL (<see cref="PostgreSqlServer.IsTestEngine"/>), a connection to a schema of
/// its own, dropped afterwards.
/// </summary>
public sealed class TempFolder : IDisposable
{
    private readonly string? _schema = PostgreSqlServer.IsTestEngine ? PostgreSqlServer.NewSchema() : null;

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factstore-cli-" + Guid.NewGuid().ToString("N"));

    public string Database => _schema is null
        ? File("facts.db")
        : new NpgsqlConnectionStringBuilder(PostgreSqlServer.Shared.ConnectionString) { SearchPath = $"{_schema}, public" }.ConnectionString;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (_schema is not null)
        {
            PostgreSqlServer.Shared.DropSchemaAsync(_schema).GetAwaiter().GetResult();
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still held open is left to the system's temp cleanup.
        }
    }
}
