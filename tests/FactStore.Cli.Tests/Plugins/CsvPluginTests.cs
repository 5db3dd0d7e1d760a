using System.Text;
using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Plugins;

/// <summary>The sample CSV plugin, loaded by the tool from a folder: it references FactStore.Abstractions only.</summary>
public sealed class CsvPluginTests : IDisposable
{
    // A European case list: ';'-separated, a BOM, CRLF, quoted fields with doubled quotes, a ';' and a line break inside.
    private const string CaseList =
        "\uFEFFCase ID;Date;Claim text;Claimant;Verdict;Source URL\r\n" +
        "EU-1;23.11.2023;\"The summit \"\"never\"\" took place; it was cancelled\";Jan Novák;Falsch;https://factcheck.example/eu-1\r\n" +
        "EU-2;2023-12-01;\"Prices rose 40 %\r\nin one month\";Maria Rossi;misleading;https://factcheck.example/eu-2\r\n" +
        "EU-3;;The bridge opened in May;;richtig;https://factcheck.example/eu-3\r\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ImportCsv_EuropeanCaseList_ImportsClaimsClaimantsSourcesAndStances()
    {
        var plugins = TestPlugins.Folder(_folder, "FactStore.Plugins.Csv");
        var input = _folder.File("cases.csv");
        await File.WriteAllTextAsync(input, CaseList, new UTF8Encoding(false));

        var run = await Tool.RunAsync("import", "csv", input, "--plugins", plugins, "--db", _folder.Database, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Error);
        using (var results = JsonDocument.Parse(run.Out))
        {
            var result = Assert.Single(results.RootElement.EnumerateArray());
            Assert.Equal(3, result.GetProperty("sourcesAdded").GetInt32());
            Assert.Equal(2, result.GetProperty("entitiesAdded").GetInt32());
            Assert.Equal(3, result.GetProperty("factsAdded").GetInt32());
            Assert.Equal(5, result.GetProperty("stancesAdded").GetInt32());
        }

        var facts = await Tool.RunAsync("facts", "--db", _folder.Database, "--plugins", plugins, "--json");
        Assert.True(facts.ExitCode == 0, facts.ToString());
        Assert.Contains("The summit \\u0022never\\u0022 took place; it was cancelled", facts.Out.Replace("\\\"", "\\u0022", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Prices rose 40 %\\r\\nin one month", facts.Out, StringComparison.Ordinal);
        Assert.Contains("https://factcheck.example/eu-1", facts.Out, StringComparison.Ordinal);
        Assert.Contains("Jan Nov", facts.Out, StringComparison.Ordinal);

        var again = await Tool.RunAsync("import", "csv", input, "--plugins", plugins, "--db", _folder.Database);
        Assert.True(again.ExitCode == 0, again.ToString());
    }

    [Fact]
    public async Task ImportCsv_WithoutPlugins_IsAnUnknownImporter()
    {
        var input = _folder.File("cases.csv");
        await File.WriteAllTextAsync(input, CaseList);

        var run = await Tool.RunAsync("import", "csv", input, "--db", _folder.Database);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task ImportCsv_MappingFileAndCommas_UsesTheNamedColumns()
    {
        var plugins = TestPlugins.Folder(_folder, "FactStore.Plugins.Csv");
        var input = _folder.File("list.csv");
        await File.WriteAllTextAsync(input, "n,when,what was said,who,rating,link\n7,2024-01-02,\"Unemployment fell, says the minister\",A. Minister,Pants on fire,https://example.org/7\n");
        await File.WriteAllTextAsync(_folder.File("list.csvmap.json"), """
            { "delimiter": ",", "columns": { "id": "n", "date": "when", "claim": "what was said", "claimant": "who", "verdict": "rating", "source": "link" },
              "verdicts": { "pants on fire": "Refutes" } }
            """);

        var run = await Tool.RunAsync("import", "csv", input, "--plugins", plugins, "--db", _folder.Database, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var results = JsonDocument.Parse(run.Out);
        var result = Assert.Single(results.RootElement.EnumerateArray());
        Assert.Equal(1, result.GetProperty("factsAdded").GetInt32());
        Assert.Equal(2, result.GetProperty("stancesAdded").GetInt32());
    }

    [Fact]
    public async Task ImportCsv_UnclosedQuote_ExitsOneNamingTheInputAndLine()
    {
        var plugins = TestPlugins.Folder(_folder, "FactStore.Plugins.Csv");
        var input = _folder.File("bad.csv");
        await File.WriteAllTextAsync(input, "claim;source\nfine;https://example.org/1\n\"never closed;https://example.org/2\n");

        var run = await Tool.RunAsync("import", "csv", input, "--plugins", plugins, "--db", _folder.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 3", run.Error, StringComparison.Ordinal);
    }
}
