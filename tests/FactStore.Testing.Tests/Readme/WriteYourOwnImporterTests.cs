using FactStore.Tests.Support;
using FactStore.Testing.Tests.Support;

namespace FactStore.Testing.Tests.Readme;

/// <summary>The README chapter "Write your own importer": its importer runs through all three registrations, and the README shows the code that runs.</summary>
public sealed class WriteYourOwnImporterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string List => Path.Combine(AppContext.BaseDirectory, "Fixtures", "who-said-what.tsv");

    [Fact]
    public async Task ThroughDependencyInjection_ImportsTheList()
    {
        var result = await WhoSaidWhatRegistration.ThroughDependencyInjectionAsync(_folder.File("di.db"), List, CancellationToken.None);

        AssertImported(result);
    }

    [Fact]
    public async Task ThroughTheEntryPoint_ImportsTheListAndAnchorsTheQuote()
    {
        var database = _folder.File("plain.db");
        AssertImported(await WhoSaidWhatRegistration.ThroughEntryPointAsync(database, List, CancellationToken.None));

        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(database));
        var facts = await store.FindFactsAsync(new FactQuery());
        var evidence = await store.GetEvidenceAsync(facts.Single(f => f.Statement.Contains("under control", StringComparison.Ordinal)).Id);
        var citation = Assert.Single(evidence!.Stances).Stance.Citation!;
        Assert.Equal(CitationAnchor.Exact, citation.Anchor);
        Assert.Equal(48, citation.Start);
    }

    [Fact]
    public async Task ThroughAPluginFolder_LoadsTheBuiltAssemblyAndImportsTheList()
    {
        var plugins = _folder.File("plugins");
        Directory.CreateDirectory(plugins);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "plugins", "FactStore.Plugins.WhoSaidWhat.dll"), Path.Combine(plugins, "FactStore.Plugins.WhoSaidWhat.dll"));

        var result = await WhoSaidWhatRegistration.ThroughPluginFolderAsync(_folder.File("plugins.db"), plugins, List, CancellationToken.None);

        AssertImported(result);
    }

    [Fact]
    public async Task BadLine_IsSkippedAndReportedWithItsLine()
    {
        await using var store = await FactStoreDatabase.OpenAsync(new FactStoreOptions().UseSqlite(_folder.File("bad.db")), [new Plugins.WhoSaidWhat.WhoSaidWhatImporter()], []);

        var result = await store.ImportAsync("who-said-what", ImportInput.FromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "who-said-what-bad.tsv")), new ImportOptions { SkipBadRecords = true });

        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(2, skipped.Line);
        Assert.Contains("'doubts' is not a stance", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(1, result.StancesAdded);
    }

    [Theory]
    [InlineData("samples/FactStore.Plugins.WhoSaidWhat/WhoSaidWhatImporter.cs", "README importer", 0)]
    [InlineData("tests/FactStore.Testing.Tests/Readme/WhoSaidWhatRegistration.cs", "README DI", 8)]
    [InlineData("tests/FactStore.Testing.Tests/Readme/WhoSaidWhatRegistration.cs", "README entry point", 8)]
    [InlineData("tests/FactStore.Testing.Tests/Readme/WhoSaidWhatRegistration.cs", "README plugin folder", 8)]
    [InlineData("tests/FactStore.Testing.Tests/Readme/WhoSaidWhatConformanceTests.cs", "README conformance", 4)]
    public void Readme_ShowsTheCodeAsCompiled(string file, string example, int indent)
    {
        var root = RepositoryFolder.Root();
        var code = RepositoryFolder.Example(Path.Combine(root, file), example, indent);

        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + code + "\n```", readme, StringComparison.Ordinal);
    }

    private static void AssertImported(ImportResult result)
    {
        Assert.Empty(result.Skipped);
        Assert.Equal(2, result.SourcesAdded);
        Assert.Equal(2, result.EntitiesAdded);
        Assert.Equal(2, result.FactsAdded);
        Assert.Equal(2, result.StancesAdded);
    }
}
