using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class SourceCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string AsiaNews = "src_a81d3666f56cc3598db83e0f19298b36";

    [Theory]
    [InlineData(AsiaNews)]
    [InlineData("003_83cf4a5620b261d7.txt")]
    [InlineData("file:003_83cf4a5620b261d7.txt")]
    [InlineData("seeds/003_83cf4a5620b261d7.txt")]
    public async Task Source_ByIdOrFileName_GivesTheAsiaNewsArticleAndItsStancesInTextOrder(string id)
    {
        using var json = await JsonAsync("source", id);

        var source = json.RootElement.GetProperty("source");
        Assert.Equal(AsiaNews, source.GetProperty("id").GetString());
        Assert.Equal("CSTO: the different perspectives of the Eurasian alliance", source.GetProperty("title").GetString());
        Assert.Equal("AsiaNews", source.GetProperty("publisher").GetString());
        Assert.Equal("2019", source.GetProperty("statedDate").GetString());
        Assert.Equal("contradicted", source.GetProperty("statedDateKind").GetString());
        Assert.Equal("en", source.GetProperty("language").GetString());
        Assert.Equal("file:003_83cf4a5620b261d7.txt", source.GetProperty("locators")[0].GetString());
        Assert.Equal(4117, source.GetProperty("textLength").GetInt32());
        Assert.False(source.TryGetProperty("text", out _));

        var stances = json.RootElement.GetProperty("stances").EnumerateArray().ToList();
        Assert.Equal(21, stances.Count);
        var starts = stances.Select(s => s.GetProperty("citation").GetProperty("start").GetInt32()).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal("At the Minsk summit, Kazakhstan's President Tokaev responded to Secretary Tasmagambetov (a Moscow loyalist)", stances[0].GetProperty("citation").GetProperty("quote").GetString());
        Assert.Equal("Kazakh President Tokayev took part in the CSTO summit in Minsk.", stances[0].GetProperty("fact").GetProperty("statement").GetString());
        Assert.Equal("fct_9c88559d1edf905b107bb9bdf509f97f", stances[0].GetProperty("fact").GetProperty("id").GetString());
        var tokayev = stances[3];
        Assert.Equal("Kassym-Jomart Tokayev", tokayev.GetProperty("holder").GetProperty("label").GetString());
        Assert.Equal("refutes", tokayev.GetProperty("position").GetString());
    }

    [Fact]
    public async Task Source_Redirected_PrintsTheMetadataThenALinePerStance()
    {
        var run = await Tool.RunAsync("source", "003_83cf4a5620b261d7.txt", "--limit", "2", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("publisher:  AsiaNews", run.Out, StringComparison.Ordinal);
        Assert.Contains("date:       2019 (stated, but the content reports later events)", run.Out, StringComparison.Ordinal);
        Assert.Contains("text:       4117 characters", run.Out, StringComparison.Ordinal);
        Assert.Contains(
            "stn_29a398f24c07f51a6c3c1620a74e71ea\t58–165\tsupports\tAsiaNews\t“At the Minsk summit, Kazakhstan's President Tokaev responded to Secretary Tasmagambetov (a Moscow loyalist)”\tKazakh President Tokayev took part in the CSTO summit in Minsk.",
            run.Lines);
        Assert.DoesNotContain("Eurasian alliance gathered in Minsk in recent days. The", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_OnTerminal_PrintsATable()
    {
        var run = await Tool.RunOnTerminalAsync("source", "004_0802b8e502e47f02.txt", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("╭", run.Out, StringComparison.Ordinal);
        Assert.Contains("36 stances", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_LimitThenAfter_ContinuesInTextOrder()
    {
        var first = await Tool.RunAsync("source", AsiaNews, "--limit", "1", "--json", "--db", seeded.Path);
        Assert.True(first.ExitCode == 0, first.ToString());
        var cursor = first.Error.Split("--after ", 2)[1].Trim();
        var second = await Tool.RunAsync("source", AsiaNews, "--limit", "1", "--after", cursor, "--json", "--db", seeded.Path);

        Assert.True(second.ExitCode == 0, second.ToString());
        using var page2 = JsonDocument.Parse(second.Out);
        Assert.Equal(408, Assert.Single(page2.RootElement.GetProperty("stances").EnumerateArray()).GetProperty("citation").GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Source_KnownAtBeforeTheImport_ExitsOneSayingItWasNotYetKnown()
    {
        var run = await Tool.RunAsync("source", AsiaNews, "--known-at", "2000-01-01", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("was not yet known at 2000-01-01", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nothing.txt", "no source has the locator file:nothing.txt")]
    [InlineData("src_00000000000000000000000000000000", "no source has the id")]
    [InlineData("wikidata:banana", "is neither a source id nor a locator")]
    public async Task Source_Unknown_ExitsOne(string id, string message)
    {
        var run = await Tool.RunAsync("source", id, "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<JsonDocument> JsonAsync(params string[] args)
    {
        var run = await Tool.RunAsync([.. args, "--json", "--db", seeded.Path]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }
}
