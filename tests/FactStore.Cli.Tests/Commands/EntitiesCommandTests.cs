using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class EntitiesCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Entities_Json_ListsEverySeedEntityMostFactsFirstWithCounts()
    {
        using var json = await JsonAsync("entities");

        var entities = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(63, entities.Count);
        var csto = entities[0];
        Assert.Equal("Collective Security Treaty Organization", csto.GetProperty("label").GetString());
        Assert.Equal("organization", csto.GetProperty("kind").GetString());
        Assert.Equal(30, csto.GetProperty("factCount").GetInt32());
        Assert.Contains("CSTO", csto.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        Assert.StartsWith("ent_", csto.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, csto.GetProperty("externalIds").GetArrayLength());
        Assert.Equal("Armenia", entities[1].GetProperty("label").GetString());
        var evseev = Assert.Single(entities, e => e.GetProperty("label").GetString() == "Vladimir Evseev");
        Assert.Equal(10, evseev.GetProperty("stanceCount").GetInt32());
    }

    [Fact]
    public async Task Entities_Prefix_MatchesAnAliasToo()
    {
        using var json = await JsonAsync("entities", "--prefix", "tok");

        var tokayev = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Kassym-Jomart Tokayev", tokayev.GetProperty("label").GetString());
        Assert.Equal(6, tokayev.GetProperty("factCount").GetInt32());
        Assert.Equal(2, tokayev.GetProperty("stanceCount").GetInt32());
    }

    [Fact]
    public async Task Entities_Redirected_PrintsOneTabSeparatedLinePerEntityIdFirst()
    {
        var run = await Tool.RunAsync("entities", "--prefix", "tok", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.Lines);
        Assert.Equal("ent_e06e6712bf5ad85e24c4386ec3f3a687\tKassym-Jomart Tokayev\tperson\t6\t2\tKasym-Žomart Tokaev, Tokaev, Tokayev", line);
    }

    [Fact]
    public async Task Entities_OnTerminal_PrintsATableWithoutIds()
    {
        var run = await Tool.RunOnTerminalAsync("entities", "--limit", "3", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("╭", run.Out, StringComparison.Ordinal);
        Assert.Contains("Armenia", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ent_", run.Out, StringComparison.Ordinal);
        Assert.Contains("3 entities", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_LimitOneThenAfter_GivesTheNextEntity()
    {
        var first = await Tool.RunAsync("entities", "--limit", "1", "--json", "--db", seeded.Path);
        Assert.Contains("More entities match than --limit 1 shows", first.Error, StringComparison.Ordinal);
        var cursor = first.Error.Split("--after ", 2)[1].Trim();
        using var second = await JsonAsync("entities", "--limit", "1", "--after", cursor);

        Assert.Equal("Armenia", Assert.Single(second.RootElement.EnumerateArray()).GetProperty("label").GetString());
    }

    [Fact]
    public async Task Entities_KnownAtBeforeTheImport_GivesNone()
    {
        using var json = await JsonAsync("entities", "--known-at", "2000-01-01");

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("--limit", "0")]
    [InlineData("--known-at", "01/01/2000")]
    [InlineData("--after", "bogus")]
    public async Task Entities_MalformedValue_IsAUsageErrorExitingTwo(string option, string value)
    {
        var run = await Tool.RunAsync("entities", option, value, "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {option}", run.Error, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var run = await Tool.RunAsync([.. args, "--json", "--db", seeded.Path]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }
}
