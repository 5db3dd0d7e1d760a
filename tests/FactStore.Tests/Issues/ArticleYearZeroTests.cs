using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Issues;

/// <summary>
/// Issue 13, defect 5: an article whose header date has year 0000 threw a raw
/// <see cref="ArgumentOutOfRangeException"/> (no such <see cref="DateOnly"/>). It is now the typed import error naming
/// the file and the line of the date.
/// </summary>
public class ArticleYearZeroTests
{
    public static TheoryData<string, string, string, int> Articles() => new()
    {
        { "plain-text-article", "article.txt", "30 April 0000, Tuesday, 5:45\nA title\n\nThe CSTO summit ended in Minsk on November 23.\n", 1 },
        { "plain-text-article", "article.txt", "A title\n0000-04-30\n\nThe CSTO summit ended in Minsk on November 23.\n", 2 },
        { "plain-text-article", "article.txt", "A title\nApril 30, 0000\n\nThe CSTO summit ended in Minsk on November 23.\n", 2 },
        { "plain-text-article", "article.txt", "A title\n30.04.0000\n\nThe CSTO summit ended in Minsk on November 23.\n", 2 },
        { "markdown-article", "article.md", "---\ntitle: A title\ndate: 0000-00-00T00:00:00Z\n---\nThe CSTO summit ended.\n", 3 },
        { "html-article", "article.html", "<html><head><title>A title</title></head><body>\n<p>The CSTO summit ended.</p><time datetime=\"0000-01-01\">then</time></body></html>", 2 },
        { "markdown-article", "article.md", "---\ntitle: A title\ndate: 0000-04-30\n---\nThe CSTO summit ended in Minsk on November 23.\n", 3 },
        {
            "html-article", "article.html",
            "<html><head><title>A title</title>\n<meta property=\"article:published_time\" content=\"0000-04-30T10:00:00Z\">\n</head><body><p>The CSTO summit ended.</p></body></html>",
            2
        },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Import_HeaderDateInYearZero_IsATypedErrorOrNoDateNotARawException(string importer, string name, string text, int line)
    {
        await using var test = await TestStore.CreateAsync();

        try
        {
            var result = await test.Store.ImportAsync(importer, ImportInput.FromBytes(name, Encoding.UTF8.GetBytes(text)));
            Assert.Equal(1, result.SourcesAdded);
        }
        catch (InvalidRecordException error)
        {
            Assert.Equal(name, error.Input);
            Assert.Equal(line, error.Line);
            Assert.Contains("0000", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(nameof(ArgumentOutOfRangeException), error.Message, StringComparison.Ordinal);
        }
    }
}
