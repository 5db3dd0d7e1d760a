using FactStore.Importers;
using FactStore.Importers.Wikidata;
using FactStore.Testing.Tests.Support;

namespace FactStore.Testing.Tests;

/// <summary>The built-in importers pass the kit.</summary>
public sealed class BuiltInImporterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task VerifyAsync_PlainTextArticleWithASeed_Passes()
    {
        await ImporterConformance.VerifyAsync(new PlainTextArticleImporter(), sampleInput: ImportInput.FromFile(Seeds.Articles.First()));
    }

    [Fact]
    public async Task VerifyAsync_AnnotationsWithTheSeeds_Passes()
    {
        // A bad line beside the articles: line 1 is a valid entity, line 2 is not JSON.
        var bad = Path.Combine(_folder.Path, "bad.jsonl");
        await File.WriteAllTextAsync(bad, "{\"type\":\"entity\",\"key\":\"a\",\"label\":\"A\",\"kind\":\"person\"}\n{not json\n");

        await ImporterConformance.VerifyAsync(
            new AnnotationFileImporter(),
            sampleInput: ImportInput.FromFile(Seeds.Annotations),
            badInput: ImportInput.FromFile(bad),
            options: new ConformanceOptions { PrepareStoreAsync = Seeds.ImportArticlesAsync });
    }

    [Fact]
    public async Task BadInputNamesItsLineAsync_AnnotationsWithABadSecondLine_ReturnsTwo()
    {
        var bad = Path.Combine(_folder.Path, "bad.jsonl");
        await File.WriteAllTextAsync(bad, "{\"type\":\"entity\",\"key\":\"a\",\"label\":\"A\",\"kind\":\"person\"}\n{not json\n");

        Assert.Equal(2, await ImporterConformance.BadInputNamesItsLineAsync(new AnnotationFileImporter(), ImportInput.FromFile(bad)));
    }

    [Fact]
    public async Task VerifyAsync_WikidataBielefeld_Passes()
    {
        await ImporterConformance.VerifyAsync(new WikidataImporter(), sampleInput: Wikidata.Bielefeld, badInput: Wikidata.BrokenDump);
    }
}
