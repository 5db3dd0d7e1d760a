using FactStore.Plugins.WhoSaidWhat;

namespace FactStore.Testing.Tests.Readme;

/// <summary>The README chapter's conformance test, as compiled.</summary>
[Collection(MemoryTestGroup.Name)]
public sealed class WhoSaidWhatConformanceTests
{
    // README conformance: begin
    [Fact]
    public async Task WhoSaidWhatImporter_KeepsTheImportContract()
    {
        var folder = Directory.CreateTempSubdirectory("who-said-what-");
        try
        {
            await ImporterConformance.VerifyAsync(
                new WhoSaidWhatImporter(),
                sampleInput: ImportInput.FromFile("Fixtures/who-said-what.tsv"),
                badInput: ImportInput.FromFile("Fixtures/who-said-what-bad.tsv"),   // line 2: "doubts" is not a stance
                largeInput: records => LargeList(folder.FullName, records / 4));     // four records a line
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ImportInput LargeList(string folder, int lines)
    {
        var path = Path.Combine(folder, $"who-said-what-{lines}.tsv");
        using (var writer = new StreamWriter(path))
        {
            for (var i = 0; i < lines; i++)
            {
                writer.WriteLine($"Speaker {i % 100}\tQuote {i}\thttps://example.org/{i}\tClaim {i}\tsupports");
            }
        }

        return ImportInput.FromFile(path);
    }
    // README conformance: end
}
