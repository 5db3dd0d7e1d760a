namespace FactStore.Sample;

/// <summary>The README's code example, kept here so that it is compiled and tested with every build.</summary>
public static class QuickStart
{
    /// <summary>Imports the seeds and prints who says what about Tokayev in January 2022, with citations.</summary>
    /// <param name="databasePath">The database file.</param>
    /// <param name="seeds">The seed folder.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Cancels the imports and queries.</param>
    /// <returns>A task that completes when done.</returns>
    public static async Task RunAsync(string databasePath, string seeds, TextWriter output, CancellationToken cancellationToken)
    {
        // README example: begin
        await using var store = await FactStoreDatabase.OpenAsync(o => o.UseSqlite(databasePath), cancellationToken);

        foreach (var article in Directory.GetFiles(seeds, "*.txt"))
        {
            await store.ImportAsync("plain-text-article", ImportInput.FromFile(article), cancellationToken);
        }

        await store.ImportAsync("annotations-jsonl", ImportInput.FromFile(Path.Combine(seeds, "annotations.jsonl")), cancellationToken);

        // Any spelling of a name works; superseded and retracted facts are hidden unless asked for.
        var query = new FactQuery { Subject = "Tokaev", ValidAt = new DateOnly(2022, 1, 15) };
        foreach (var fact in await store.FindFactsAsync(query, cancellationToken))
        {
            var evidence = await store.GetEvidenceAsync(fact.Id, cancellationToken: cancellationToken);
            foreach (var (stance, holder) in evidence!.Stances.Select(s => (s.Stance, s.HolderName)))
            {
                output.WriteLine($"{fact.Statement} {stance.Position} by {holder}: \"{stance.Citation?.Quote}\" at {stance.Citation?.Start}");
            }
        }

        // README example: end
    }
}
