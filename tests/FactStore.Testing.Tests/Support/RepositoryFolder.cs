namespace FactStore.Testing.Tests.Support;

/// <summary>Files of the repository the tests run in, for tests that check documentation against code.</summary>
internal static class RepositoryFolder
{
    /// <summary>The folder holding <c>FactStore.sln</c>, above the test assembly.</summary>
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FactStore.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (FactStore.sln) was not found above the test assembly.");
    }

    /// <summary>The lines between the markers <c>{name}: begin</c> and <c>{name}: end</c> of a file, without their indentation.</summary>
    public static string Example(string file, string name, int indent)
    {
        var source = File.ReadAllLines(file);
        var begin = Array.FindIndex(source, l => l.Contains(name + ": begin", StringComparison.Ordinal));
        var end = Array.FindIndex(source, l => l.Contains(name + ": end", StringComparison.Ordinal));
        return string.Join('\n', source[(begin + 1)..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim();
    }
}
