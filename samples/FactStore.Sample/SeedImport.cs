namespace FactStore.Sample;

/// <summary>Imports a seed folder: every article (*.txt) as a source, then the curated annotations.jsonl.</summary>
public static class SeedImport
{
    /// <summary>The annotation file every seed folder holds.</summary>
    public const string AnnotationFile = "annotations.jsonl";

    /// <summary>Imports the folder; each input in its own transaction, articles first.</summary>
    /// <param name="store">The store.</param>
    /// <param name="seedFolder">The folder with the articles and the annotation file.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>One result per input.</returns>
    public static async Task<IReadOnlyList<ImportResult>> ImportAsync(IFactStore store, string seedFolder, CancellationToken cancellationToken)
    {
        var results = new List<ImportResult>();
        foreach (var article in Directory.GetFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            results.Add(await store.ImportAsync("plain-text-article", ImportInput.FromFile(article), cancellationToken));
        }

        results.Add(await store.ImportAsync("annotations-jsonl", ImportInput.FromFile(Path.Combine(seedFolder, AnnotationFile)), cancellationToken));
        return results;
    }

    /// <summary>Finds the seed folder: the nearest <c>seeds</c> folder with an annotation file, from <paramref name="start"/> up.</summary>
    /// <param name="start">Where to start looking.</param>
    /// <returns>The folder, or <see langword="null"/>.</returns>
    public static string? FindSeedFolder(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, AnnotationFile)))
            {
                return candidate;
            }
        }

        return null;
    }
}
