using FactStore.Searching.Fts5;
using FactStore.Tests.Support;

namespace FactStore.Tests.Searching.Fts5;

/// <summary>The snippet port against SQLite's own snippet() on the seeds: the same string for every hit of many queries.</summary>
public class Fts5SnippetTests
{
    private static readonly Fts5Marks Marks = new("\uFDD0", "\uFDD1", "\uFDD2");

    public static TheoryData<int> Lengths => [24, 8, 64];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Cut_ManyQueriesOnTheSeeds_IsSqlitesSnippetForEveryHit(int tokens)
    {
        var texts = Seeds.Articles.Select(File.ReadAllText).Concat(File.ReadAllLines(Seeds.Annotations)).Append(null).ToList();
        using var reference = new Fts5Reference();
        var ids = reference.Add(texts);
        var compared = 0;
        foreach (var query in SeedQueries.All())
        {
            var phrases = query.Select(p => (IReadOnlyList<string>)Fts5Tokens.Terms(p)).Where(p => p.Count > 0).ToList();
            foreach (var (row, snippet) in reference.Snippets(Fts5Reference.Match(query), Marks.Open, Marks.Close, Marks.Ellipsis, tokens))
            {
                Assert.Equal(snippet, Fts5Snippet.Cut(texts[(int)(row - ids[0])], phrases, Marks, tokens));
                compared++;
            }
        }

        Assert.True(compared > 2000, $"only {compared} snippets compared");
    }

    [Fact]
    public void Cut_NoText_IsEmpty() => Assert.Equal("", Fts5Snippet.Cut(null, [["a"]], Marks, 24));
}
