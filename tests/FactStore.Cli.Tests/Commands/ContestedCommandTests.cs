using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class ContestedCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string ArmeniaWillLeave = "fct_644abc022a8c9202ad7dc4e591e7a5cf";

    [Fact]
    public async Task Contested_AboutArmenia_GivesTheFourDisputedFactsWithWhoSaysWhich()
    {
        using var json = await JsonAsync("contested", "--about", "Armenia");

        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(
            ["Armenia will leave the CSTO.", "Russia helped Armenia in the 2020 Karabakh war.", "The CSTO protects Armenia against Azerbaijan.", "Armenia is moving out of Russia's sphere of influence and turning West."],
            items.Select(i => i.GetProperty("fact").GetProperty("statement").GetString()));
        Assert.All(items, i => Assert.Equal("contested", i.GetProperty("verdict").GetString()));

        var leave = items[0];
        Assert.Equal(ArmeniaWillLeave, leave.GetProperty("fact").GetProperty("id").GetString());
        var supporter = Assert.Single(leave.GetProperty("supporting").EnumerateArray());
        Assert.Equal("CEPA", supporter.GetProperty("name").GetString());
        Assert.Equal("publisher", supporter.GetProperty("kind").GetString());
        Assert.Equal("there have been suggestions it may leave the organization", supporter.GetProperty("stances")[0].GetProperty("quote").GetString());
        var refuters = leave.GetProperty("refuting").EnumerateArray().ToList();
        Assert.Equal(["Arkady Moshes", "Trouble At The CSTO: Ukraine Should Not Be Putin’s Only Concern – OpEd", "Leonid Nersisyan"], refuters.Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(["holder", "source", "holder"], refuters.Select(v => v.GetProperty("kind").GetString()));
        Assert.Equal("although it will most likely not leave yet", refuters[0].GetProperty("stances")[0].GetProperty("quote").GetString());
        Assert.Equal("file:000_7e4c0f18d8950960.txt", refuters[0].GetProperty("stances")[0].GetProperty("source").GetProperty("locators")[0].GetString());
        Assert.Equal(0, leave.GetProperty("undecided").GetArrayLength());
        Assert.Equal(4, leave.GetProperty("fact").GetProperty("stances").GetArrayLength());
    }

    [Fact]
    public async Task Contested_AHolderQuotedTwice_IsOneVoiceWithBothQuotes()
    {
        using var json = await JsonAsync("contested", "--about", "Armenia");

        var west = json.RootElement.EnumerateArray().Single(i => i.GetProperty("fact").GetProperty("predicate").GetString() == "is_distancing_from");
        var supporters = west.GetProperty("supporting").EnumerateArray().ToList();
        Assert.Equal(3, supporters.Count);
        var moshes = Assert.Single(supporters, v => v.GetProperty("name").GetString() == "Arkady Moshes");
        Assert.Equal(2, moshes.GetProperty("stances").GetArrayLength());
        Assert.Equal("Danijar Ašimbaev", Assert.Single(west.GetProperty("refuting").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Contested_Everything_GivesTheElevenFactsWithSupportAndRefutation()
    {
        using var json = await JsonAsync("contested");

        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(11, items.Count);
        Assert.Contains(items, i => i.GetProperty("fact").GetProperty("statement").GetString() == "The CSTO exercise Indestructible Brotherhood-2022 took place in Kyrgyzstan as planned.");
        Assert.All(items, i => Assert.True(i.GetProperty("supporting").GetArrayLength() > 0 && i.GetProperty("refuting").GetArrayLength() > 0));
    }

    [Fact]
    public async Task Contested_Redirected_PrintsALinePerFactWithTheQuotes()
    {
        var run = await Tool.RunAsync("contested", "--about", "Armenia", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(4, run.Lines.Length);
        var leave = run.Lines[0].Split('\t');
        Assert.Equal(ArmeniaWillLeave, leave[0]);
        Assert.Equal("Armenia will leave the CSTO.", leave[2]);
        Assert.Equal("CEPA: “there have been suggestions it may leave the organization”", leave[3]);
        Assert.StartsWith("Arkady Moshes: “although it will most likely not leave yet” | ", leave[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contested_OnTerminal_PrintsATable()
    {
        var run = await Tool.RunOnTerminalAsync("contested", "--about", "Armenia", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("╭", run.Out, StringComparison.Ordinal);
        Assert.Contains("Refuted by", run.Out, StringComparison.Ordinal);
        Assert.Contains("4 contested facts", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contested_LimitThenAfter_PagesThroughTheFacts()
    {
        using var all = await JsonAsync("contested", "--about", "Armenia");
        var first = await Tool.RunAsync("contested", "--about", "Armenia", "--limit", "1", "--json", "--db", seeded.Path);
        Assert.True(first.ExitCode == 0, first.ToString());
        var cursor = first.Error.Split("--after ", 2)[1].Trim();
        var second = await Tool.RunAsync("contested", "--about", "Armenia", "--limit", "1", "--after", cursor, "--json", "--db", seeded.Path);

        Assert.True(second.ExitCode == 0, second.ToString());
        using var page1 = JsonDocument.Parse(first.Out);
        using var page2 = JsonDocument.Parse(second.Out);
        Assert.Equal(all.RootElement[0].GetProperty("fact").GetProperty("id").GetString(), Assert.Single(page1.RootElement.EnumerateArray()).GetProperty("fact").GetProperty("id").GetString());
        Assert.Equal(all.RootElement[1].GetProperty("fact").GetProperty("id").GetString(), Assert.Single(page2.RootElement.EnumerateArray()).GetProperty("fact").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Contested_KnownAtBeforeTheImport_GivesNothing()
    {
        using var json = await JsonAsync("contested", "--known-at", "2000-01-01");

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Contested_UnknownAbout_ExitsOneSuggestingNames()
    {
        var run = await Tool.RunAsync("contested", "--about", "Armen", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no entity is named 'Armen'; did you mean 'Armen Grigoryan'", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("--after", "not-a-cursor")]
    [InlineData("--limit", "0")]
    [InlineData("--known-at", "yesterday")]
    public async Task Contested_MalformedOption_ExitsTwoWithOneLine(string option, string value)
    {
        var run = await Tool.RunAsync("contested", option, value, "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {option}", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var run = await Tool.RunAsync([.. args, "--json", "--db", seeded.Path]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }
}
