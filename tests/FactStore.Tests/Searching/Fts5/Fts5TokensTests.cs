using System.Text;
using System.Text.Json;
using FactStore.Searching.Fts5;
using FactStore.Tests.Support;

namespace FactStore.Tests.Searching.Fts5;

/// <summary>
/// The tokenizer against SQLite's FTS5 itself (unicode61, remove_diacritics 2): the same terms at the same token
/// positions (fts5vocab), and the same characters per token (highlight() marks exactly the tokens' offsets).
/// </summary>
public class Fts5TokensTests
{
    private const char Open = '\uFDD0';
    private const char Close = '\uFDD1';

    [Fact]
    public void Of_SeedArticlesAndQuotes_AreFts5sTokensTermForTermAndPlaceForPlace()
    {
        var texts = Seeds.Articles.Select(File.ReadAllText).Concat(File.ReadAllLines(Seeds.Annotations)).ToList();

        var checkedTokens = AssertSameAsFts5(texts);

        Assert.True(checkedTokens > 5000, $"only {checkedTokens} tokens checked");
    }

    [Fact]
    public void Of_WikidataFixtureLabelsInEveryLanguage_AreFts5sTokens()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Importers", "Wikidata", "Fixtures");
        var texts = Directory.GetFiles(folder, "*.json").SelectMany(f => Strings(JsonDocument.Parse(File.ReadAllText(f)).RootElement))
            .Distinct(StringComparer.Ordinal).ToList();

        var checkedTokens = AssertSameAsFts5(texts);

        Assert.True(texts.Count > 500 && checkedTokens > 2000, $"only {texts.Count} strings, {checkedTokens} tokens checked");
    }

    [Fact]
    public void Of_AdversarialTexts_AreFts5sTokens()
    {
        var checkedTokens = AssertSameAsFts5(AdversarialTexts.All);

        Assert.True(checkedTokens > 200, $"only {checkedTokens} tokens checked");
    }

    [Fact]
    public void Of_NullAndEmptyAndSeparatorsOnly_HaveNoTokens()
    {
        Assert.Empty(Fts5Tokens.Of(null));
        Assert.Empty(Fts5Tokens.Of(""));
        Assert.Empty(Fts5Tokens.Of(" \u00A0–—…“”‘’\u0301"));
    }

    /// <summary>
    /// Every assigned code point (and a sample of the unassigned planes), each between two letters and at the start of a
    /// token: whether it is a token character, a diacritic FTS5 keeps inside tokens, or a separator, and how it folds.
    /// </summary>
    [Fact]
    public void Of_EveryCodePoint_IsClassedAndFoldedAsFts5Does()
    {
        var codePoints = Enumerable.Range(1, 0x323AF).Where(c => c is < 0xD800 or > 0xDFFF)
            .Concat(Enumerable.Range(0x323B0, 0xE0000 - 0x323B0).Where(c => c % 251 == 0))
            .Concat(Enumerable.Range(0xE0000, 0x200))
            .Concat(Enumerable.Range(0xE0200, 0x110000 - 0xE0200).Where(c => c % 251 == 0 || (c & 0xFFFF) is < 0x10 or > 0xFFF0));
        var texts = codePoints.Chunk(2048).Select(chunk =>
        {
            var text = new StringBuilder();
            foreach (var c in chunk)
            {
                var s = char.ConvertFromUtf32(c);
                text.Append('a').Append(s).Append("b ").Append(s).Append("b ");
            }

            return text.ToString();
        }).ToList();

        using var reference = new Fts5Reference();
        var ids = reference.Add(texts);
        var instances = reference.Instances();
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(instances[ids[i]], Fts5Tokens.Of(texts[i]).Select((t, at) => (t.Term, at)));
        }
    }

    /// <summary>Compares every text's tokens with FTS5's; returns how many tokens were compared.</summary>
    private static int AssertSameAsFts5(IReadOnlyList<string> texts)
    {
        using var reference = new Fts5Reference();
        var ids = reference.Add(texts);
        var instances = reference.Instances();
        var compared = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var tokens = Fts5Tokens.Of(texts[i]);
            var expected = instances.TryGetValue(ids[i], out var found) ? found : [];
            Assert.Equal(expected, tokens.Select((t, at) => (t.Term, at)));
            if (tokens.Count > 0)
            {
                var match = string.Join(" OR ", tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).Select(t => Fts5Reference.Match([t])));
                Assert.Equal(Marked(texts[i], tokens), reference.Highlight(ids[i], match, Open.ToString(), Close.ToString()));
            }

            compared += tokens.Count;
        }

        return compared;
    }

    /// <summary>The text with each token's characters between the markers.</summary>
    private static string Marked(string text, IEnumerable<Fts5Token> tokens)
    {
        var marked = new StringBuilder();
        var at = 0;
        foreach (var token in tokens)
        {
            marked.Append(text, at, token.Start - at).Append(Open).Append(text, token.Start, token.End - token.Start).Append(Close);
            at = token.End;
        }

        return marked.Append(text, at, text.Length - at).ToString();
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
