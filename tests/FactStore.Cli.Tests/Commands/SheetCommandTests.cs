using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class SheetCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Sheet_Fact_GivesItsMarkdownSheetWithTheQuote()
    {
        var run = await Tool.RunAsync("sheet", "fct_a3c38a24b96e0967c469fe044c22300e", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("# Uzbekistan has twice withdrawn from the Collective Security Treaty.\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("- **Gazeta**: “the same Uzbekistan has twice withdrawn from the Treaty”[^1]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sheet_Entity_GivesItsFactsInTimelineOrder()
    {
        var run = await Tool.RunAsync("sheet", "Tokaev", "--json", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("entity", json.RootElement.GetProperty("kind").GetString());
        var markdown = json.RootElement.GetProperty("markdown").GetString()!;
        Assert.StartsWith("# Kassym-Jomart Tokayev\n", markdown, StringComparison.Ordinal);
        var january = markdown.IndexOf("## In January 2022 President Tokayev asked the CSTO", StringComparison.Ordinal);
        var annexed = markdown.IndexOf("## In 2022 Tokayev refused to recognize", StringComparison.Ordinal);
        Assert.True(january > 0 && annexed > january, markdown);
    }

    [Fact]
    public async Task Sheet_UnknownName_ExitsOne()
    {
        var run = await Tool.RunAsync("sheet", "Nobody Atall", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no entity is named 'Nobody Atall'", run.Error, StringComparison.Ordinal);
    }
}
