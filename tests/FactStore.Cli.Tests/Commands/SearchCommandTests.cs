using System.Text.Json;
using System.Text.RegularExpressions;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class SearchCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Search_Exercise_CarriesTheFactsAboutKyrgyzstanAndThatOneIsContested()
    {
        using var json = await JsonAsync("search", "Indestructible Brotherhood");

        var hits = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["quote", "quote", "quote", "sourceText", "sourceText", "statement", "statement"], hits.Select(h => h.GetProperty("kind").GetString()).Order());
        var planned = Assert.Single(hits, h => h.GetProperty("kind").GetString() == "statement" && h.GetProperty("contested").GetBoolean());
        Assert.Equal("The CSTO exercise Indestructible Brotherhood-2022 took place in Kyrgyzstan as planned.", planned.GetProperty("statement").GetString());
        Assert.Equal(JsonValueKind.Null, planned.GetProperty("source").ValueKind);

        var refuting = Assert.Single(hits, h => h.GetProperty("kind").GetString() == "quote" && h.GetProperty("position").GetString() == "refutes");
        Assert.Equal("Kyrgyzstan also decided to abruptly cancel the military drill “**Indestructible** **Brotherhood**”", refuting.GetProperty("snippet").GetString());
        Assert.Equal(planned.GetProperty("factId").GetString(), refuting.GetProperty("factId").GetString());
        Assert.Equal("Trouble At The CSTO: Ukraine Should Not Be Putin’s Only Concern – OpEd", refuting.GetProperty("source").GetProperty("title").GetString());
        Assert.StartsWith("stn_", refuting.GetProperty("recordId").GetString(), StringComparison.Ordinal);

        var gazeta = Assert.Single(hits, h => h.GetProperty("kind").GetString() == "sourceText" && h.GetProperty("source").GetProperty("publisher").GetString() == "Gazeta");
        Assert.Contains("Kyrgyzstan", gazeta.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, gazeta.GetProperty("statement").ValueKind);
        var cited = Assert.Single(gazeta.GetProperty("citedBy").EnumerateArray());
        Assert.Equal("supports", cited.GetProperty("position").GetString());
        Assert.Equal(planned.GetProperty("factId").GetString(), cited.GetProperty("factId").GetString());
        Assert.Equal("Indestructible".Length, gazeta.GetProperty("end").GetInt32() - gazeta.GetProperty("start").GetInt32());
        Assert.All(hits, h => Assert.True(h.GetProperty("score").GetDouble() > 0));
    }

    [Fact]
    public async Task Search_Scope_LimitsTheKindsOfText()
    {
        using var json = await JsonAsync("search", "Indestructible Brotherhood", "--scope", "statements,quotes");

        Assert.Equal(5, json.RootElement.GetArrayLength());
        Assert.DoesNotContain(json.RootElement.EnumerateArray(), h => h.GetProperty("kind").GetString() == "sourceText");
    }


    [Fact]
    public async Task Search_Redirected_PrintsOneLinePerHitRecordIdFirst()
    {
        var run = await Tool.RunAsync("search", "Indestructible Brotherhood", "--scope", "statements", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.Lines.Length);
        Assert.Equal(
            "fct_cfd4fbf9b885242bebb61fc116df96b4\tstatement\tThe CSTO exercise **Indestructible** **Brotherhood**-2022 took place in Kyrgyzstan as planned.\t\tThe CSTO exercise Indestructible Brotherhood-2022 took place in Kyrgyzstan as planned. (contested)",
            run.Lines[0]);
    }

    [Fact]
    public async Task Search_OnTerminal_PrintsATable()
    {
        var run = await Tool.RunOnTerminalAsync("search", "Indestructible Brotherhood", "--scope", "quotes", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("╭", run.Out, StringComparison.Ordinal);
        Assert.Contains("refutes:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Gazeta", run.Out, StringComparison.Ordinal);
        Assert.Contains("3 hits", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_LimitOneThenAfter_GivesTheNextHit()
    {
        using var all = await JsonAsync("search", "Indestructible Brotherhood");
        var first = await Tool.RunAsync("search", "Indestructible Brotherhood", "--limit", "1", "--db", seeded.Path);
        var cursor = first.Error.Split("--after ", 2)[1].Trim();
        var second = await Tool.RunAsync("search", "Indestructible Brotherhood", "--limit", "1", "--after", cursor, "--db", seeded.Path);

        var ids = all.RootElement.EnumerateArray().Select(h => h.GetProperty("recordId").GetString()).ToList();
        Assert.Equal(ids[0], Assert.Single(first.Lines).Split('\t')[0]);
        Assert.Equal(ids[1], Assert.Single(second.Lines).Split('\t')[0]);
    }

    [Fact]
    public async Task Search_KnownAtBeforeTheImport_FindsNothing()
    {
        using var json = await JsonAsync("search", "Indestructible Brotherhood", "--known-at", "2000-01-01");

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("\"NEAR(")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("' OR 1=1 --")]
    [InlineData("a\"b")]
    [InlineData("CSTO) OR (\"x")]
    [InlineData("NEAR(CSTO Armenia, 2)")]
    [InlineData("\0")]
    [InlineData("«Tokaev")]
    public async Task Search_HostileText_AnswersWithoutAStackTrace(string text)
    {
        foreach (var run in new[]
        {
            await Tool.RunAsync("search", text, "--db", seeded.Path),
            await Tool.RunOnTerminalAsync("search", text, "--db", seeded.Path),
            await Tool.RunAsync("search", text, "--json", "--db", seeded.Path),
        })
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.DoesNotMatch(new Regex(@"^\s+at [A-Za-z]", RegexOptions.Multiline), run.Out + run.Error);
        }

        var json = await Tool.RunAsync("search", text, "--json", "--db", seeded.Path);
        using var hits = JsonDocument.Parse(json.Out);
        Assert.Equal(JsonValueKind.Array, hits.RootElement.ValueKind);
    }

    [Fact]
    public async Task Search_SqlInjection_IsSearchedAsItsWords()
    {
        using var json = await JsonAsync("search", "' OR 1=1 --");

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Search_BlankText_IsAOneLineUsageError(string text)
    {
        var run = await Tool.RunAsync("search", text, "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: search: give the words or \"phrase\" to search for, e.g. factstore search '\"raise alarms\" Tokaev'", run.Error.TrimEnd());
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("--scope", "everything")]
    [InlineData("--scope", ",")]
    [InlineData("--limit", "0")]
    [InlineData("--after", "nonsense")]
    [InlineData("--known-at", "soon")]
    public async Task Search_MalformedValue_IsAUsageErrorExitingTwo(string option, string value)
    {
        var run = await Tool.RunAsync("search", "CSTO", option, value, "--db", seeded.Path);

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
