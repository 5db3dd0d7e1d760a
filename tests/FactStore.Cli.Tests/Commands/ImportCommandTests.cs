using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_SeedArticles_PrintsOneLinePerInput()
    {
        var run = await Tool.RunAsync(["import", "plain-text-article", .. Seeds.Articles, "--db", _folder.Database]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(5, run.Lines.Length);
        Assert.Equal("000_7e4c0f18d8950960.txt: added 1 source, 1 locator, 0 entities, 0 aliases, 0 facts, 0 stances, 0 retractions; 0 unchanged", run.Lines[0]);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Import_StandardErrorOnTerminal_DrawsProgressThereAndLeavesOutputAsRedirected()
    {
        var redirected = await Tool.RunAsync(["import", "plain-text-article", .. Seeds.Articles, "--db", _folder.File("redirected.db")]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = CliConsole.For(output, error) with { ErrorIsTerminal = true };

        var exitCode = await Program.RunAsync(["import", "plain-text-article", .. Seeds.Articles, "--db", _folder.Database], console, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal(redirected.Out, output.ToString());
        Assert.Contains("000_7e4c0f18d8950960.txt", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Help_ListsEveryBuiltInImporter()
    {
        var run = await Tool.RunAsync("import", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("factstore import <IMPORTER> <PATH>... [options]", run.Out, StringComparison.Ordinal);
        Assert.All(
            new[] { "annotations-jsonl", "claimreview", "html-article", "jsonl", "markdown-article", "plain-text-article", "web-annotation", "wikidata" },
            name => Assert.Contains(name, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_HelpWithPlugins_ListsThePluginImportersToo()
    {
        var plugins = TestPlugins.Folder(_folder, "FactStore.Plugins.Csv");

        var run = await Tool.RunAsync("import", "--help", "--plugins", plugins);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("from plugins: csv", run.Out, StringComparison.Ordinal);
        Assert.Contains("web-annotation", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Json_PrintsOneArrayOfCamelCaseResults()
    {
        await Tool.RunAsync(["import", "plain-text-article", .. Seeds.Articles, "--db", _folder.Database]);

        var run = await Tool.RunAsync("import", "annotations-jsonl", Seeds.Annotations, "--db", _folder.Database, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var result = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("annotations.jsonl", result.GetProperty("input").GetString());
        Assert.False(result.GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(63, result.GetProperty("entitiesAdded").GetInt32());
        Assert.Equal(92, result.GetProperty("factsAdded").GetInt32());
        Assert.Equal(171, result.GetProperty("stancesAdded").GetInt32());
        Assert.StartsWith("run_", result.GetProperty("importRunId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Again_AddsNothingAndSaysAlreadyImported()
    {
        await SeededDatabase.ImportSeedsAsync(_folder.Database);
        var before = await Tool.RunAsync("export", "--format", "jsonl", "--db", _folder.Database);

        var articles = await Tool.RunAsync(["import", "plain-text-article", .. Seeds.Articles, "--db", _folder.Database]);
        var annotations = await Tool.RunAsync("import", "annotations-jsonl", Seeds.Annotations, "--db", _folder.Database);

        Assert.Equal(0, articles.ExitCode);
        Assert.All(articles.Lines.Concat(annotations.Lines), line => Assert.EndsWith(": already imported (--force imports it again)", line, StringComparison.Ordinal));
        Assert.Equal(before.Out, (await Tool.RunAsync("export", "--format", "jsonl", "--db", _folder.Database)).Out);
    }

    [Fact]
    public async Task Import_SkipBad_ImportsTheGoodLinesAndListsTheBadOnesWithTheirLines()
    {
        var file = _folder.File("mixed.jsonl");
        await File.WriteAllLinesAsync(file, [
            """{"type":"entity","key":"a","label":"Alpha"}""",
            """{"type":"entity","key":"b","label":"Beta","kind":"planet"}""",
            """not json""",
            """{"type":"entity","key":"c","label":"Gamma"}""",
        ]);

        var plain = await Tool.RunAsync("import", "annotations-jsonl", file, "--db", _folder.Database);
        var skipping = await Tool.RunAsync("import", "annotations-jsonl", file, "--skip-bad", "--db", _folder.Database);

        Assert.Equal(1, plain.ExitCode);
        Assert.Contains("mixed.jsonl, line 2", plain.Error, StringComparison.Ordinal);
        Assert.True(skipping.ExitCode == 0, skipping.ToString());
        Assert.StartsWith("mixed.jsonl: added 0 sources, 2 entities", skipping.Lines[0], StringComparison.Ordinal);
        Assert.EndsWith("2 bad records skipped", skipping.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("  skipped: mixed.jsonl, line 2 (entity): \"kind\" is 'planet'", skipping.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  skipped: mixed.jsonl, line 3: not valid JSON", skipping.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Jsonl_SkipBad_ImportsTheGoodLinesAndListsTheBadOnesWithTheirLines()
    {
        var file = _folder.File("canonical.jsonl");
        await File.WriteAllLinesAsync(file, [
            """{"type":"factstore","version":1}""",
            """{"type":"entity","label":"Alpha","kind":"person"}""",
            """{"type":"entity","label":"Beta","kind":"planet"}""",
            """not json""",
            """{"type":"entity","label":"Gamma","reviewedBy":"desk 3"}""",
        ]);

        var plain = await Tool.RunAsync("import", "jsonl", file, "--db", _folder.Database);
        var skipping = await Tool.RunAsync("import", "jsonl", file, "--skip-bad", "--db", _folder.Database);
        var export = await Tool.RunAsync("export", "--format", "jsonl", "--db", _folder.Database);

        Assert.Equal(1, plain.ExitCode);
        Assert.Contains("canonical.jsonl, line 3", plain.Error, StringComparison.Ordinal);
        Assert.True(skipping.ExitCode == 0, skipping.ToString());
        Assert.StartsWith("canonical.jsonl: added 0 sources, 2 entities", skipping.Lines[0], StringComparison.Ordinal);
        Assert.EndsWith("2 bad records skipped", skipping.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("  skipped: canonical.jsonl, line 3 (entity): \"kind\" in the line is 'planet'", skipping.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  skipped: canonical.jsonl, line 4: not valid JSON", skipping.Lines[2], StringComparison.Ordinal);
        Assert.Equal(3, export.Lines.Length);
        Assert.Contains("\"label\":\"Gamma\",\"aliases\":[],\"externalIds\":[],\"descriptions\":[],\"reviewedBy\":\"desk 3\"}", export.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DryRun_SaysWhatWouldBeAddedAndWritesNothing()
    {
        var run = await Tool.RunAsync(["import", "plain-text-article", .. Seeds.Articles.Take(1), "--dry-run", "--db", _folder.Database]);
        var again = await Tool.RunAsync(["import", "plain-text-article", .. Seeds.Articles.Take(1), "--db", _folder.Database]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(": would add 1 source", run.Out, StringComparison.Ordinal);
        Assert.Contains(": added 1 source", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Force_ImportsAnImportedFileAgain()
    {
        await Tool.RunAsync(["import", "plain-text-article", .. Seeds.Articles.Take(1), "--db", _folder.Database]);

        var forced = await Tool.RunAsync(["import", "plain-text-article", .. Seeds.Articles.Take(1), "--force", "--db", _folder.Database]);

        Assert.Contains(": added 0 sources,", forced.Out, StringComparison.Ordinal);
        Assert.Contains("1 unchanged", forced.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownImporter_ExitsTwoListingTheImporters()
    {
        var run = await Tool.RunAsync("import", "csv", Seeds.Annotations, "--db", _folder.Database);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: no importer is named 'csv'; importers: annotations-jsonl, claimreview, html-article, jsonl, markdown-article, plain-text-article, web-annotation, wikidata", run.Error.TrimEnd());
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Import_TruncatedAnnotationFile_ExitsOneNamingFileAndLineWithoutStackTrace()
    {
        await Tool.RunAsync(["import", "plain-text-article", .. Seeds.Articles, "--db", _folder.Database]);
        var text = await File.ReadAllTextAsync(Seeds.Annotations);
        var truncated = _folder.File("truncated.jsonl");
        await File.WriteAllTextAsync(truncated, text[..(text.IndexOf("{\"type\":\"fact\"", StringComparison.Ordinal) + 40)]);

        var run = await Tool.RunAsync("import", "annotations-jsonl", truncated, "--db", _folder.Database);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: truncated.jsonl, line ", line, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TruncatedAnnotationFileVerbose_PrintsTheStackTrace()
    {
        var truncated = _folder.File("truncated.jsonl");
        await File.WriteAllTextAsync(truncated, "{\"type\":\"entity\",\"key\":");

        var run = await Tool.RunAsync("import", "annotations-jsonl", truncated, "--db", _folder.Database, "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("InvalidRecordException: truncated.jsonl, line 1", run.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsOneNamingTheFile()
    {
        var missing = _folder.File("missing.jsonl");

        var run = await Tool.RunAsync("import", "annotations-jsonl", missing, "--db", _folder.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: no such file: {missing}", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Import_NotUtf8Article_ExitsOneNamingTheFile()
    {
        var binary = _folder.File("binary.txt");
        await File.WriteAllBytesAsync(binary, [0x41, 0xff, 0xfe, 0x00]); // no byte order mark (FF FE would be UTF-16), not UTF-8

        var run = await Tool.RunAsync("import", "plain-text-article", binary, "--db", _folder.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: binary.txt", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Import_NoPath_ExitsTwo()
    {
        var run = await Tool.RunAsync("import", "annotations-jsonl", "--db", _folder.Database);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("import", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Database));
    }
}
