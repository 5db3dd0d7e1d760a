using FactStore.Tests.Support;

namespace FactStore.Tests.Fuzzing;

/// <summary>The <c>plain-text-article</c> importer on mutated articles.</summary>
public class PlainTextArticleImporterFuzzTests
{
    [Fact]
    public async Task Import_MutatedArticle_SucceedsOrFailsTypedLeavingTheStoreUnchanged()
    {
        await using var test = await TestStore.CreateAsync();

        await ImportProperty.SampleAsync(
            InputMutations.Of(ArticleSamples.PlainText),
            bytes => ImportProperty.HoldsAsync(test.Store, "plain-text-article", "article.txt", bytes),
            iterations: 80);
    }
}
