using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class StancesCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string Cepa = "004_0802b8e502e47f02.txt";

    [Fact]
    public async Task Stances_Holder_GivesWhatEvseevSaidWithQuotesSourcesAndFacts()
    {
        using var json = await JsonAsync("stances", "--holder", "Vladimir Evseev");

        var stances = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(10, stances.Count);
        Assert.All(stances, s => Assert.Equal("Vladimir Evseev", s.GetProperty("holder").GetProperty("label").GetString()));
        Assert.All(stances, s => Assert.Equal("Gazeta", s.GetProperty("source").GetProperty("publisher").GetString()));
        var vague = Assert.Single(stances, s => s.GetProperty("citation").GetProperty("quote").GetString()!.Contains("vague impression", StringComparison.Ordinal));
        Assert.Equal("CSTO makes a very vague impression in light of recent events.", vague.GetProperty("citation").GetProperty("quote").GetString());
        Assert.Equal("supports", vague.GetProperty("position").GetString());
        Assert.Equal("The CSTO is failing as an alliance (fraying, ineffective).", vague.GetProperty("fact").GetProperty("statement").GetString());
        Assert.StartsWith("fct_", vague.GetProperty("fact").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(7496, vague.GetProperty("citation").GetProperty("start").GetInt32());
        Assert.Equal(["file:001_236d5692e30f297c.txt"], vague.GetProperty("source").GetProperty("locators").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Stances_HolderAboutPosition_Combine()
    {
        using var json = await JsonAsync("stances", "--holder", "Evseev", "--about", "Armenia", "--position", "refutes");

        var stance = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("However, this did not happen despite the criticism of the CSTO in Armenia", stance.GetProperty("citation").GetProperty("quote").GetString());
        Assert.Equal("Armenia has formally withdrawn from the CSTO.", stance.GetProperty("fact").GetProperty("statement").GetString());
    }

    [Fact]
    public async Task Stances_Source_GivesTheArticlesStancesInTheOrderOfItsText()
    {
        using var byFile = await JsonAsync("stances", "--source", Cepa);

        var stances = byFile.RootElement.EnumerateArray().ToList();
        Assert.Equal(36, stances.Count);
        var starts = stances.Select(s => s.GetProperty("citation").GetProperty("start").GetInt32()).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.All(stances, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("holder").ValueKind));
        var sourceId = stances[0].GetProperty("source").GetProperty("id").GetString()!;

        using var byId = await JsonAsync("stances", "--source", sourceId);
        Assert.Equal(
            stances.Select(s => s.GetProperty("id").GetString()),
            byId.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Stances_Fact_GivesTheStancesOnIt()
    {
        using var json = await JsonAsync("stances", "--fact", "fct_6750b13e0001d794f6ae092f9bd26900");

        var stances = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, stances.Count);
        Assert.All(stances, s => Assert.Equal("fct_6750b13e0001d794f6ae092f9bd26900", s.GetProperty("fact").GetProperty("id").GetString()));
        Assert.Contains(stances, s => s.GetProperty("citation").GetProperty("quote").GetString() == "Kassym-Jomart Tokayev turned to the CSTO for help");
    }

    [Fact]
    public async Task Stances_Redirected_PrintsOneLinePerStanceIdFirst()
    {
        var run = await Tool.RunAsync("stances", "--holder", "Evseev", "--about", "Armenia", "--position", "refutes", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var cells = Assert.Single(run.Lines).Split('\t');
        Assert.StartsWith("stn_", cells[0], StringComparison.Ordinal);
        Assert.Equal(
            ["Vladimir Evseev", "refutes", "Armenia has formally withdrawn from the CSTO.", "However, this did not happen despite the criticism of the CSTO in Armenia", "Gazeta, 001_236d5692e30f297c.txt 5188-5261"],
            cells[1..]);
    }

    [Fact]
    public async Task Stances_OnTerminal_PrintsATableNamingTheSourceAsHolderWhenNoOneIs()
    {
        var run = await Tool.RunOnTerminalAsync("stances", "--source", Cepa, "--limit", "2", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("╭", run.Out, StringComparison.Ordinal);
        Assert.Contains("CEPA", run.Out, StringComparison.Ordinal);
        Assert.Contains("supports", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("stn_", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 stances", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stances_LimitOneThenAfter_InTextOrder_GivesTheNextStance()
    {
        using var all = await JsonAsync("stances", "--source", Cepa);
        var first = await Tool.RunAsync("stances", "--source", Cepa, "--limit", "1", "--db", seeded.Path);
        var cursor = first.Error.Split("--after ", 2)[1].Trim();
        var second = await Tool.RunAsync("stances", "--source", Cepa, "--limit", "1", "--after", cursor, "--db", seeded.Path);

        var ids = all.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids[0], Assert.Single(first.Lines).Split('\t')[0]);
        Assert.Equal(ids[1], Assert.Single(second.Lines).Split('\t')[0]);
    }

    [Fact]
    public async Task Stances_KnownAtBeforeTheImport_GivesNone()
    {
        using var json = await JsonAsync("stances", "--known-at", "2000-01-01");

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("--holder", "Nobody Atall", "error: --holder: no entity is named 'Nobody Atall'")]
    [InlineData("--holder", "Vladimir", "error: --holder: 'Vladimir' may be any of 'Vladimir Evseev'")]
    [InlineData("--about", "Arkady", "error: --about: no entity is named 'Arkady'; did you mean 'Arkady Moshes'")]
    [InlineData("--source", "src_0000", "error: --source: no source has the id or locator 'src_0000' (as known then); known sources include src_")]
    [InlineData("--source", "005_missing.txt", "error: --source: no source has the id or locator '005_missing.txt'")]
    [InlineData("--fact", "fct_0000", "error: --fact: no fact has the id 'fct_0000'")]
    public async Task Stances_UnknownNameSourceOrFact_ExitsOneSayingWhatToType(string option, string value, string error)
    {
        var run = await Tool.RunAsync("stances", option, value, "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(error, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Stances_KnownSourceWithoutSuchStances_IsAnEmptyList()
    {
        using var json = await JsonAsync("stances", "--source", Cepa, "--holder", "Evseev");

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("--position", "maybe")]
    [InlineData("--position", "")]
    [InlineData("--source", " ")]
    [InlineData("--limit", "-1")]
    [InlineData("--known-at", "never")]
    [InlineData("--after", "x")]
    public async Task Stances_MalformedValue_IsAUsageErrorExitingTwo(string option, string value)
    {
        var run = await Tool.RunAsync("stances", option, value, "--db", seeded.Path);

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
