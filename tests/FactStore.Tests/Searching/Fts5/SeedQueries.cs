using FactStore.Searching;
using FactStore.Searching.Fts5;
using FactStore.Tests.Support;

namespace FactStore.Tests.Searching.Fts5;

/// <summary>
/// Searches drawn from the seed articles, each a list of phrases: single words (common and rare), two words, phrases
/// of two and three words, a word asked twice, a phrase with its words repeated, and phrases typed with punctuation.
/// </summary>
internal static class SeedQueries
{
    public static IEnumerable<IReadOnlyList<string>> All()
    {
        var tokens = Seeds.Articles.Select(a => Fts5Tokens.Of(File.ReadAllText(a))).ToList();
        var words = tokens.SelectMany(t => t).Select(t => t.Term).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var word in words.Where((_, i) => i % 5 == 0))
        {
            yield return [word];
        }

        foreach (var (a, b) in words.Where((_, i) => i % 17 == 0).Zip(words.Where((_, i) => i % 11 == 0).Reverse()))
        {
            yield return [a, b];
        }

        foreach (var list in tokens)
        {
            for (var i = 0; i + 3 < list.Count; i += 23)
            {
                yield return [$"{list[i].Term} {list[i + 1].Term}"];
                yield return [$"{list[i].Term} {list[i + 1].Term} {list[i + 2].Term}", list[i + 3].Term];
            }
        }

        yield return ["the", "of", "and"];
        yield return ["csto", "csto"];
        yield return ["the the"];
        yield return ["Collective Security Treaty Organization"];
        yield return ["\"Tokayev’s move\"", "Kazakhstan"];
        yield return [.. SearchText.Phrases("Armenia withdrew \"peacekeeping forces\"")];
        yield return ["Pashinyan", "Minsk"];
    }
}
