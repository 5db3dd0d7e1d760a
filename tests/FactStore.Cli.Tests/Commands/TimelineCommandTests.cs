using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class TimelineCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData("Tokayev")]
    [InlineData("Tokaev")]
    [InlineData("Токаев")]
    [InlineData("Kasym-Žomart Tokaev")]
    public async Task Timeline_AnySpellingOfTokayev_GivesHis2022FactsFirstAndTheUndatedLast(string name)
    {
        using var json = await JsonAsync("timeline", name);

        var facts = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(6, facts.Count);
        Assert.Equal("In January 2022 President Tokayev asked the CSTO for military help against the protests.", facts[0].GetProperty("statement").GetString());
        Assert.Equal("2022-01", facts[0].GetProperty("validity").GetProperty("from").GetString());
        Assert.Equal("In 2022 Tokayev refused to recognize Russia's illegally annexed areas of Ukraine.", facts[1].GetProperty("statement").GetString());
        Assert.Equal("2022", facts[1].GetProperty("validity").GetProperty("from").GetString());
        Assert.All(facts.Skip(2), f => Assert.False(f.GetProperty("validity").GetProperty("from").GetString() is string from && from.StartsWith("20", StringComparison.Ordinal)));
        Assert.Contains(facts, f => f.GetProperty("statement").GetString() == "Kassym-Jomart Tokayev is the President of Kazakhstan.");
        Assert.Equal(2, facts[0].GetProperty("stances").GetArrayLength());
    }

    [Fact]
    public async Task Timeline_Redirected_PrintsValidityStatementAndStanceCounts()
    {
        var run = await Tool.RunAsync("timeline", "Tokayev", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(6, run.Lines.Length);
        Assert.Equal(
            "fct_6750b13e0001d794f6ae092f9bd26900\t2022-01\tIn January 2022 President Tokayev asked the CSTO for military help against the protests.\t2 supports",
            run.Lines[0]);
        Assert.EndsWith("\tKassym-Jomart Tokayev is the President of Kazakhstan.\t3 supports", run.Lines.Single(l => l.Contains("President of Kazakhstan", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_OnTerminal_PrintsATableUnderTheEntitysName()
    {
        var run = await Tool.RunOnTerminalAsync("timeline", "Tokaev", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Timeline of Kassym-Jomart Tokayev", run.Out, StringComparison.Ordinal);
        Assert.Contains("╭", run.Out, StringComparison.Ordinal);
        Assert.Contains("6 facts", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_LimitThenAfter_ContinuesInTimelineOrder()
    {
        using var all = await JsonAsync("timeline", "Tokayev");
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var run = await Tool.RunAsync(cursor is null
                ? ["timeline", "Tokayev", "--limit", "1", "--json", "--db", seeded.Path]
                : ["timeline", "Tokayev", "--limit", "1", "--after", cursor, "--json", "--db", seeded.Path]);
            Assert.True(run.ExitCode == 0, run.ToString());
            using var page = JsonDocument.Parse(run.Out);
            ids.Add(Assert.Single(page.RootElement.EnumerateArray()).GetProperty("id").GetString()!);
            var note = run.Error.Split("--after ", 2);
            cursor = note.Length == 2 ? note[1].Trim() : null;
        }
        while (cursor is not null);

        Assert.Equal(all.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString()), ids);
    }

    [Fact]
    public async Task Timeline_KnownAtBeforeTheImport_KnowsNoSuchName()
    {
        var run = await Tool.RunAsync("timeline", "Tokayev", "--known-at", "2000-01-01", "--json", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no entity is named 'Tokayev'", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Timeline_AmbiguousName_ExitsOneListingTheCandidates()
    {
        var run = await Tool.RunAsync("timeline", "Vladimir", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'Vladimir Putin'", run.Error, StringComparison.Ordinal);
        Assert.Contains("'Vladimir Evseev'", run.Error, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var run = await Tool.RunAsync([.. args, "--json", "--db", seeded.Path]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }
}
