using System.Text;
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

    /// <summary>Found by the property above: an unknown charset declared in the front matter was quoted whole in the message.</summary>
    [Fact]
    public async Task Import_LongUnknownCharset_GivesAShortMessage()
    {
        await using var test = await TestStore.CreateAsync();
        var article = "---\ntitle: A\ncharset: " + new string('x', 5000) + "\n---\nThe CSTO summit ended.\n";

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync("markdown-article", ImportInput.FromBytes("article.md", Encoding.UTF8.GetBytes(article))));

        Assert.Equal(3, error.Line);
        Assert.InRange(error.Message.Length, 1, ImportProperty.MaxMessageLength);
    }
}
