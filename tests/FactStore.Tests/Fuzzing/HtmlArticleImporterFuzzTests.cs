using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Fuzzing;

/// <summary>The <c>html-article</c> importer on mutated articles.</summary>
public class HtmlArticleImporterFuzzTests
{
    [Fact]
    public async Task Import_MutatedArticle_SucceedsOrFailsTypedLeavingTheStoreUnchanged()
    {
        await using var test = await TestStore.CreateAsync();

        await ImportProperty.SampleAsync(
            InputMutations.Of(ArticleSamples.Html),
            bytes => ImportProperty.HoldsAsync(test.Store, "html-article", "article.html", bytes),
            iterations: 80);
    }

    /// <summary>Found by the property above: a JSON-LD block with a lone surrogate escape threw InvalidOperationException; it is ignored, as a block that is not JSON is.</summary>
    [Fact]
    public async Task Import_JsonLdBlockWithALoneSurrogateEscape_IgnoresTheBlock()
    {
        await using var test = await TestStore.CreateAsync();
        var page = """
            <html><head><title>A title</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"\udfff","author":{"name":"Jane Roe"}}</script>
            </head><body><p>The CSTO summit ended.</p></body></html>
            """;

        var result = await test.Store.ImportAsync("html-article", ImportInput.FromBytes("page.html", Encoding.UTF8.GetBytes(page)));

        Assert.Equal(1, result.SourcesAdded);
    }
}
