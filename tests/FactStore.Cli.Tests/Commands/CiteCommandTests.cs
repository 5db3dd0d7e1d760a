using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class CiteCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string UzbekistanWithdrewTwice = "fct_a3c38a24b96e0967c469fe044c22300e";
    private const string TokayevAskedForHelp = "fct_6750b13e0001d794f6ae092f9bd26900";
    private const string MoshesDoubtsArmeniaLeaves = "stn_c6c3e6e19bd32509cc2dee6db37dada3";

    [Fact]
    public async Task Cite_UzbekistanFactPlain_GivesGazetaWithTheQuote()
    {
        var run = await Tool.RunAsync("cite", UzbekistanWithdrewTwice, "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "Gazeta. “‘We managed to save in very difficult conditions’: What has CSTO come to in 20 years?” n.d. file:001_236d5692e30f297c.txt. Quote: “the same Uzbekistan has twice withdrawn from the Treaty”",
            Assert.Single(run.Lines));
    }

    [Fact]
    public async Task Cite_Markdown_GivesAFootnoteAStance()
    {
        var run = await Tool.RunAsync("cite", TokayevAskedForHelp, "--format", "markdown", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("> “Kassym-Jomart Tokayev turned to the CSTO for help”[^1]", run.Out, StringComparison.Ordinal);
        Assert.Contains("[^2]: CEPA.", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csl-json")]
    [InlineData(null)]
    public async Task Cite_CslJson_IsAJsonArrayAnItemASource(string? format)
    {
        var run = await Tool.RunAsync(format is null ? ["cite", TokayevAskedForHelp, "--json", "--db", seeded.Path] : ["cite", TokayevAskedForHelp, "--format", format, "--db", seeded.Path]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(["Gazeta", "CEPA"], items.Select(i => i.GetProperty("container-title").GetString()));
        Assert.Equal("“We managed to save in very difficult conditions”: What has CSTO come to in 20 years?", items[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Cite_BibTeX_GivesAnEntryWithTheQuoteInNote()
    {
        var run = await Tool.RunAsync("cite", UzbekistanWithdrewTwice, "--format", "bibtex", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("@", run.Out, StringComparison.Ordinal);
        Assert.Contains("the same Uzbekistan has twice withdrawn from the Treaty", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "web-annotation")]
    [InlineData("--json", "--format=web-annotation")]
    public async Task Cite_WebAnnotation_IsJsonWithATextQuoteSelectorAndTheStatement(string option, string value)
    {
        var run = await Tool.RunAsync("cite", UzbekistanWithdrewTwice, option, value, "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("AnnotationCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Contains("\"TextQuoteSelector\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("Uzbekistan has twice withdrawn from the Collective Security Treaty.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cite_AStance_CitesThatStanceAlone()
    {
        var plain = await Tool.RunAsync("cite", MoshesDoubtsArmeniaLeaves, "--db", seeded.Path);
        var annotation = await Tool.RunAsync("cite", MoshesDoubtsArmeniaLeaves, "--format", "web-annotation", "--db", seeded.Path);

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.EndsWith("Arkady Moshes: “although it will most likely not leave yet”", Assert.Single(plain.Lines), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(annotation.Out);
        Assert.Equal("Annotation", json.RootElement.GetProperty("type").GetString());
        Assert.Contains("\"TextQuoteSelector\"", annotation.Out, StringComparison.Ordinal);
        Assert.Contains("Armenia will leave the CSTO.", annotation.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cite_UnknownFormat_ExitsTwoListingTheFormats()
    {
        var run = await Tool.RunAsync("cite", UzbekistanWithdrewTwice, "--format", "apa", "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --format: 'apa' is not a citation format; use one of plain, markdown, csl-json, bibtex, web-annotation", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Cite_JsonWithANonJsonFormat_ExitsTwo()
    {
        var run = await Tool.RunAsync("cite", UzbekistanWithdrewTwice, "--format", "bibtex", "--json", "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("fct_00000000000000000000000000000000", "no fact has the id")]
    [InlineData("stn_00000000000000000000000000000000", "no stance has the id")]
    [InlineData("Uzbekistan", "neither a fact id")]
    public async Task Cite_UnknownId_ExitsOne(string id, string message)
    {
        var run = await Tool.RunAsync("cite", id, "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cite_KnownAtBeforeTheImport_ExitsOneSayingItWasNotYetKnown()
    {
        var run = await Tool.RunAsync("cite", MoshesDoubtsArmeniaLeaves, "--known-at", "2000-01-01", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("was not yet known at 2000-01-01", run.Error, StringComparison.Ordinal);
    }
}
