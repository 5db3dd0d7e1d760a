namespace FactStore.Cli.Tests.Support;

/// <summary>The repository's seed articles and annotation file, copied beside the test assembly.</summary>
internal static class Seeds
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Annotations => Path.Combine(Folder, "annotations.jsonl");

    public static string[] Articles => Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
}
