using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class ExportCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private static readonly string[] TypeOrder = ["source", "entity", "fact", "stance", "retraction", "redaction"];

    [Fact]
    public async Task Export_Jsonl_WritesOneParsableLinePerRecord()
    {
        var run = await Tool.RunAsync("export", "--format", "jsonl", "--provenance", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("{\"type\":\"factstore\",\"version\":1}", run.Lines[0]);
        Assert.Equal(seeded.RecordsAdded, run.Lines.Length - 1);
        Assert.Equal(331, run.Lines.Length - 1);
        Assert.All(run.Lines.Skip(1), line =>
        {
            using var record = JsonDocument.Parse(line);
            Assert.Contains(record.RootElement.GetProperty("type").GetString(), TypeOrder);
            Assert.False(string.IsNullOrEmpty(record.RootElement.GetProperty("id").GetString()));
            var provenance = record.RootElement.GetProperty("provenance");
            foreach (var field in new[] { "importer", "importerVersion", "importRunId", "input", "recordedAt" })
            {
                Assert.False(string.IsNullOrEmpty(provenance.GetProperty(field).GetString()), field);
            }
        });
    }

    [Fact]
    public async Task Export_Jsonl_IsInTypeOrderSourcesFirst()
    {
        var run = await Tool.RunAsync("export", "--format", "jsonl", "--provenance", "--db", seeded.Path);

        var ranks = run.Lines.Skip(1).Select(line => Array.IndexOf(TypeOrder, JsonDocument.Parse(line).RootElement.GetProperty("type").GetString())).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(5, ranks.Count(r => r == 0));
        using var first = JsonDocument.Parse(run.Lines[1]);
        Assert.Equal("file:000_7e4c0f18d8950960.txt", first.RootElement.GetProperty("locators")[0].GetString());
        Assert.Equal("plain-text-article", first.RootElement.GetProperty("provenance").GetProperty("importer").GetString());
    }

    [Fact]
    public async Task Export_Twice_GivesIdenticalOutput()
    {
        using var folder = new TempFolder();
        var file = folder.File("out.jsonl");

        var first = await Tool.RunAsync("export", "--format", "jsonl", "--db", seeded.Path);
        var second = await Tool.RunAsync("export", "--format", "jsonl", "--db", seeded.Path, "--out", file);

        Assert.Equal(0, second.ExitCode);
        Assert.Empty(second.Out);
        Assert.Equal(first.Out, await File.ReadAllTextAsync(file));
        Assert.False(File.Exists(file + ".partial"));
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export", "--format", "csv")]
    public async Task Export_WithoutJsonlFormat_ExitsTwo(params string[] args)
    {
        var run = await Tool.RunAsync([.. args, "--db", seeded.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Export_WebAnnotation_WritesOneCollectionWithEveryStance()
    {
        var run = await Tool.RunAsync("export", "--format", "web-annotation", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var collection = JsonDocument.Parse(run.Out);
        var items = collection.RootElement.GetProperty("first").GetProperty("items");
        Assert.Equal("AnnotationCollection", collection.RootElement.GetProperty("type").GetString());
        Assert.Equal(items.GetArrayLength(), collection.RootElement.GetProperty("total").GetInt32());
        Assert.True(items.GetArrayLength() > 50);
    }

    [Fact]
    public async Task Export_WebAnnotationOneStance_WritesThatAnnotation()
    {
        var all = await Tool.RunAsync("export", "--format", "web-annotation", "--db", seeded.Path);
        var id = JsonDocument.Parse(all.Out).RootElement.GetProperty("first").GetProperty("items")[3].GetProperty("id").GetString()!;

        var run = await Tool.RunAsync("export", "--format", "web-annotation", "--stance", id["urn:factstore:stance:".Length..], "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(id, JsonDocument.Parse(run.Out).RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(1, "--format", "web-annotation", "--stance", "stn_0000")]
    [InlineData(2, "--format", "jsonl", "--stance", "stn_0000")]
    public async Task Export_StanceNotThere_OrWithJsonl_ExitsWithAnError(int exitCode, params string[] args)
    {
        var run = await Tool.RunAsync(["export", .. args, "--db", seeded.Path]);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains("stance", run.Error, StringComparison.Ordinal);
    }
}
