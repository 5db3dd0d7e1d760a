namespace FactStore.Cli.Tests.Support;

/// <summary>A folder of its own for one test's database and files, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factstore-cli-" + Guid.NewGuid().ToString("N"));

    public string Database => File("facts.db");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
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
