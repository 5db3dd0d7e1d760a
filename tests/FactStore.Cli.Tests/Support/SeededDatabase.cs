using System.Text.Json;

namespace FactStore.Cli.Tests.Support;

/// <summary>A database with the seeds imported through the tool, shared by the tests of a class that only read it.</summary>
public sealed class SeededDatabase : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public string Path => _folder.Database;

    /// <summary>The records the imports added, by their own count: sources, entities, facts, stances, retractions, redactions.</summary>
    public int RecordsAdded { get; private set; }

    public async Task InitializeAsync() => RecordsAdded = await ImportSeedsAsync(Path);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();

    /// <summary>Imports the seed articles, then the annotations, as the README does; returns the records added.</summary>
    public static async Task<int> ImportSeedsAsync(string database)
    {
        var total = 0;
        foreach (var args in new[] { ["plain-text-article", .. Seeds.Articles], new[] { "annotations-jsonl", Seeds.Annotations } })
        {
            var run = await Tool.RunAsync(["import", .. args, "--db", database, "--json"]);
            Assert.True(run.ExitCode == 0, run.ToString());
            using var results = JsonDocument.Parse(run.Out);
            total += results.RootElement.EnumerateArray().Sum(r =>
                new[] { "sourcesAdded", "entitiesAdded", "factsAdded", "stancesAdded", "retractionsAdded", "redactionsAdded" }
                    .Sum(name => r.GetProperty(name).GetInt32()));
        }

        return total;
    }
}
