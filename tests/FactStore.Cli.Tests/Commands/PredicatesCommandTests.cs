using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class PredicatesCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Predicates_Json_ListsThemMostFactsFirst()
    {
        using var json = await JsonAsync("predicates");

        var predicates = json.RootElement.EnumerateArray().Select(p => (p.GetProperty("predicate").GetString(), p.GetProperty("factCount").GetInt32())).ToList();
        Assert.Equal(48, predicates.Count);
        Assert.Equal(("holds_office", 10), predicates[0]);
        Assert.Contains(("criticized", 6), predicates);
        Assert.Equal(92, predicates.Sum(p => p.Item2));
    }

    [Fact]
    public async Task Predicates_Prefix_GivesThoseStartingWithIt()
    {
        using var json = await JsonAsync("predicates", "--prefix", "re");

        var predicates = json.RootElement.EnumerateArray().Select(p => p.GetProperty("predicate").GetString()).ToList();
        Assert.Equal(["refused_to_participate_in", "requested_help_from", "refused_to_recognize"], predicates.Take(3));
        Assert.All(predicates, p => Assert.StartsWith("re", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Predicates_Redirected_PrintsPredicateTabCount()
    {
        var run = await Tool.RunAsync("predicates", "--limit", "2", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["holds_office\t10", "criticized\t6"], run.Lines);
    }

    [Fact]
    public async Task Predicates_OnTerminal_PrintsATable()
    {
        var run = await Tool.RunOnTerminalAsync("predicates", "--prefix", "requested", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("╭", run.Out, StringComparison.Ordinal);
        Assert.Contains("requested_help_from", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 predicate", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predicates_LimitOneThenAfter_GivesTheNextPredicate()
    {
        var first = await Tool.RunAsync("predicates", "--limit", "1", "--db", seeded.Path);
        var cursor = first.Error.Split("--after ", 2)[1].Trim();
        var second = await Tool.RunAsync("predicates", "--limit", "1", "--after", cursor, "--db", seeded.Path);

        Assert.Equal(["holds_office\t10"], first.Lines);
        Assert.Equal(["criticized\t6"], second.Lines);
    }

    [Fact]
    public async Task Predicates_KnownAtBeforeTheImport_GivesNone()
    {
        using var json = await JsonAsync("predicates", "--known-at", "2000-01-01");

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Predicates_NoDatabase_ExitsOne()
    {
        using var folder = new TempFolder();
        var run = await Tool.RunAsync("predicates", "--db", folder.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such database", run.Error, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var run = await Tool.RunAsync([.. args, "--json", "--db", seeded.Path]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }
}
