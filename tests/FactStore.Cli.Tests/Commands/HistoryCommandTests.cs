using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class HistoryCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string ArmeniaWillLeave = "fct_644abc022a8c9202ad7dc4e591e7a5cf";
    private const string MoshesDoubtsArmeniaLeaves = "stn_c6c3e6e19bd32509cc2dee6db37dada3";

    [Fact]
    public async Task History_Fact_GivesTheFactItsVersionsAndItsChangesWithProvenance()
    {
        using var json = await JsonAsync("history", ArmeniaWillLeave);

        var root = json.RootElement;
        Assert.Equal(ArmeniaWillLeave, root.GetProperty("id").GetString());
        Assert.Equal("fact", root.GetProperty("kind").GetString());
        Assert.True(root.GetProperty("asOf").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Equal("Armenia will leave the CSTO.", root.GetProperty("record").GetProperty("statement").GetString());
        Assert.Equal("current", root.GetProperty("status").GetString());
        Assert.Equal(ArmeniaWillLeave, root.GetProperty("latestVersion").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("supersedes").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("retraction").ValueKind);
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["factAdded", "stanceAdded", "stanceAdded", "stanceAdded", "stanceAdded"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal("Armenia will leave the CSTO.", changes[0].GetProperty("detail").GetString());
        Assert.All(changes, c => Assert.Equal("annotations-jsonl", c.GetProperty("importer").GetString()));
        Assert.All(changes, c => Assert.StartsWith("run_", c.GetProperty("importRunId").GetString(), StringComparison.Ordinal));
        Assert.All(changes.Skip(1), c => Assert.Equal(ArmeniaWillLeave, c.GetProperty("targetId").GetString()));
        Assert.Contains(changes, c => c.GetProperty("recordId").GetString() == MoshesDoubtsArmeniaLeaves && c.GetProperty("detail").GetString() == "refutes");
    }

    [Fact]
    public async Task History_Stance_GivesItsQuoteAndWhenItWasAdded()
    {
        using var json = await JsonAsync("history", MoshesDoubtsArmeniaLeaves);

        var root = json.RootElement;
        Assert.Equal("stance", root.GetProperty("kind").GetString());
        var record = root.GetProperty("record");
        Assert.Equal(ArmeniaWillLeave, record.GetProperty("factId").GetString());
        Assert.Equal("refutes", record.GetProperty("position").GetString());
        Assert.Equal("although it will most likely not leave yet", record.GetProperty("citation").GetProperty("quote").GetString());
        Assert.Equal("stanceAdded", Assert.Single(root.GetProperty("changes").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task History_SourceAndEntity_GiveTheirRecords()
    {
        using var source = await JsonAsync("history", "src_a81d3666f56cc3598db83e0f19298b36");
        using var entity = await JsonAsync("history", "ent_e06e6712bf5ad85e24c4386ec3f3a687");

        Assert.Equal("AsiaNews", source.RootElement.GetProperty("record").GetProperty("publisher").GetString());
        Assert.Equal("sourceAdded", source.RootElement.GetProperty("changes")[0].GetProperty("kind").GetString());
        Assert.Equal("Kassym-Jomart Tokayev", entity.RootElement.GetProperty("record").GetProperty("label").GetString());
        Assert.Contains(entity.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "entityAdded");
    }

    [Fact]
    public async Task History_Text_NamesTheStatusAndTheImportRun()
    {
        var run = await Tool.RunAsync("history", ArmeniaWillLeave, "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"fact {ArmeniaWillLeave}, as known now", run.Lines[0]);
        Assert.Contains("  statement:      Armenia will leave the CSTO.", run.Out, StringComparison.Ordinal);
        Assert.Contains("  status:         current", run.Out, StringComparison.Ordinal);
        Assert.Contains("  latest version: this one", run.Out, StringComparison.Ordinal);
        Assert.Contains(run.Lines, l => l.Contains("\tfactAdded\t" + ArmeniaWillLeave + "\t\tArmenia will leave the CSTO.\tannotations-jsonl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task History_AtBeforeTheImport_ExitsOneSayingItWasNotYetKnown()
    {
        var run = await Tool.RunAsync("history", ArmeniaWillLeave, "--at", "2000-01-01", "--json", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("was not yet known at 2000-01-01", run.Error, StringComparison.Ordinal);
        Assert.Contains("first recorded at", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task History_AtNow_ListsTheSameChanges()
    {
        using var now = await JsonAsync("history", ArmeniaWillLeave);
        using var at = await JsonAsync("history", ArmeniaWillLeave, "--at", DateTimeOffset.UtcNow.AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(now.RootElement.GetProperty("changes").GetArrayLength(), at.RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task History_LimitThenAfter_PagesTheChanges()
    {
        var first = await Tool.RunAsync("history", ArmeniaWillLeave, "--limit", "1", "--json", "--db", seeded.Path);
        Assert.True(first.ExitCode == 0, first.ToString());
        var cursor = first.Error.Split("--after ", 2)[1].Trim();
        var second = await Tool.RunAsync("history", ArmeniaWillLeave, "--limit", "1", "--after", cursor, "--json", "--db", seeded.Path);

        Assert.True(second.ExitCode == 0, second.ToString());
        using var page1 = JsonDocument.Parse(first.Out);
        using var page2 = JsonDocument.Parse(second.Out);
        Assert.Equal("factAdded", Assert.Single(page1.RootElement.GetProperty("changes").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal("stanceAdded", Assert.Single(page2.RootElement.GetProperty("changes").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("fct_00000000000000000000000000000000", "no fact has the id")]
    [InlineData("stn_00000000000000000000000000000000", "no stance has the id")]
    [InlineData("Armenia", "is no record id")]
    public async Task History_UnknownId_ExitsOne(string id, string message)
    {
        var run = await Tool.RunAsync("history", id, "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_MalformedAt_ExitsTwo()
    {
        var run = await Tool.RunAsync("history", ArmeniaWillLeave, "--at", "last week", "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --at: 'last week' is not an ISO 8601 date-time", run.Error, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var run = await Tool.RunAsync([.. args, "--json", "--db", seeded.Path]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }
}
