using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Fuzzing;

/// <summary>Valid articles to mutate: seed articles, a Markdown article with front matter, HTML pages.</summary>
internal static class ArticleSamples
{
    public static byte[][] PlainText => [.. Seeds.Articles.Take(2).Select(File.ReadAllBytes)];

    public static byte[][] Markdown =>
    [
        Encoding.UTF8.GetBytes("""
            ---
            title: "The CSTO summit in Minsk"
            date: 2024-04-30 10:00:00 +0300
            authors:
              - Jane Roe
            publisher: Example News
            lang: en
            charset: utf-8
            ---
            # The CSTO *summit*

            President Tokayev said: **“there is _no need_ to
            constantly raise alarms”**, see [the speech](https://example.org/speech "Speech").

            > The CSTO&nbsp;summit ended on 23 November 2023.

            | Country | Joined |
            |---------|-------:|
            | Armenia | 2002   |
            """),
    ];

    public static byte[][] Html =>
    [
        Encoding.UTF8.GetBytes("""
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>CSTO summit | Example News</title>
            <meta property="article:published_time" content="2024-04-30T10:00:00+03:00">
            <meta name="author" content="Jane Roe"><link rel="canonical" href="https://news.example.org/2024/csto-summit">
            </head><body><article><h1>The CSTO summit</h1>
            <p>President Tokayev said: &ldquo;there is no need to constantly raise alarms&rdquo;.</p>
            <time datetime="2023-11-23">23 November</time><script>var x = "<p>";</script></article></body></html>
            """),
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Importers", "ClaimReview", "Fixtures", "factcheck-page.html")),
    ];
}
