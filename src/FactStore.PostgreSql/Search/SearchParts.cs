using System.Globalization;
using System.Text;
using FactStore.Searching.Fts5;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// A row's tokens as tsvectors within PostgreSQL's limits: a part ends before its 16384th token, before a lexeme's
/// 257th position, and before its lexemes and positions take about 1 MB. A phrase that runs across a part's end is
/// not found in that row (docs/postgresql.md).
/// </summary>
internal static class SearchParts
{
    public const int MaxTokens = 16383;
    public const int MaxPositions = 256;
    public const int MaxBytes = 1_000_000;

    /// <summary>The parts of a row whose tokens are given, in order; none for a row without tokens.</summary>
    public static IEnumerable<SearchPart> Of(IEnumerable<Fts5Token> tokens)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        int part = 0, count = 0, bytes = 0;
        foreach (var token in tokens)
        {
            var lexeme = SearchLexeme.Of(token.Term);
            var known = positions.TryGetValue(lexeme, out var list);
            var cost = known ? 2 : Encoding.UTF8.GetByteCount(lexeme) + 6;
            if (count == MaxTokens || list?.Count == MaxPositions || bytes + cost > MaxBytes)
            {
                yield return new SearchPart(part++, Text(positions), count);
                positions.Clear();
                (count, bytes, known, cost) = (0, 0, false, Encoding.UTF8.GetByteCount(lexeme) + 6);
            }

            if (!known)
            {
                positions[lexeme] = list = [];
            }

            list!.Add(++count);
            bytes += cost;
        }

        if (count > 0)
        {
            yield return new SearchPart(part, Text(positions), count);
        }
    }

    /// <summary>The text form, <c>'lexeme':1,5 'other':2</c>, quotes doubled and backslashes escaped.</summary>
    private static string Text(Dictionary<string, List<int>> positions)
    {
        var text = new StringBuilder();
        foreach (var (lexeme, at) in positions)
        {
            text.Append(text.Length == 0 ? "'" : " '").Append(lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append("':");
            text.AppendJoin(',', at.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        }

        return text.ToString();
    }
}
