namespace FactStore.Testing.Tests.Support;

/// <summary>The seed articles and annotation file, copied beside the tests.</summary>
internal static class Seeds
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IEnumerable<string> Articles => Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal);

    public static string Annotations => Path.Combine(Folder, "annotations.jsonl");

    /// <summary>Imports the articles, which the annotation file cites.</summary>
    public static async Task ImportArticlesAsync(FactStoreDatabase store, CancellationToken cancellationToken)
    {
        foreach (var article in Articles)
        {
            await store.ImportAsync("plain-text-article", ImportInput.FromFile(article), cancellationToken);
        }
    }
}
