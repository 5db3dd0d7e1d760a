using FactStore.Tests.Support;

namespace FactStore.Tests.Fuzzing;

/// <summary>The <c>markdown-article</c> importer on mutated articles.</summary>
public class MarkdownArticleImporterFuzzTests
{
    [Fact]
    public async Task Import_MutatedArticle_SucceedsOrFailsTypedLeavingTheStoreUnchanged()
    {
        await using var test = await TestStore.CreateAsync();

        await ImportProperty.SampleAsync(
            InputMutations.Of(ArticleSamples.Markdown),
            bytes => ImportProperty.HoldsAsync(test.Store, "markdown-article", "article.md", bytes),
            iterations: 80);
    }
}
