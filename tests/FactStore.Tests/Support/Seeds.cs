namespace FactStore.Tests.Support;

/// <summary>The repository's seed articles and annotation file, copied beside the test assembly.</summary>
internal static class Seeds
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Annotations => Path.Combine(Folder, "annotations.jsonl");

    public static IEnumerable<string> Articles => Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal);

    public static string Article(string prefix) => Articles.Single(a => Path.GetFileName(a).StartsWith(prefix, StringComparison.Ordinal));

    public static string Text(string prefix) => File.ReadAllText(Article(prefix));
}
