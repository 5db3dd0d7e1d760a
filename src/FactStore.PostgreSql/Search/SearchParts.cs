using System.Globalization;
using System.Text;
using FactStore.Searching.Fts5;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// A row's tokens as tsvectors within PostgreSQL's limits: a part ends before its 16384th position, before a lexeme's
/// 257th position, and before its lexemes and positions take about 1 MB. Each part after the first repeats the row's
/// 63 tokens before it, so a phrase of up to 64 tokens that runs across the cut is whole in the later part; its
/// instances are counted in the part holding their last token, so none twice.
/// </summary>
internal static class SearchParts
{
    public const int MaxPositions = 16383;
    public const int MaxLexemePositions = 256;
    public const int MaxBytes = 1_000_000;
    public const int Overlap = 63;

    /// <summary>The parts of a row whose tokens are given, in order; none for a row without tokens.</summary>
    public static IEnumerable<SearchPart> Of(IEnumerable<Fts5Token> tokens)
    {
        var part = new Builder();
        var recent = new Queue<string>();
        var number = 0;
        foreach (var token in tokens)
        {
            var lexeme = SearchLexeme.Of(token.Term);
            if (!part.Fits(lexeme))
            {
                yield return part.Build(number++);
                part = new Builder();
                foreach (var before in recent)
                {
                    part.Add(before, lead: true);
                }
            }

            part.Add(lexeme, lead: false);
            recent.Enqueue(lexeme);
            if (recent.Count > Overlap)
            {
                recent.Dequeue();
            }
        }

        if (part.Tokens > 0)
        {
            yield return part.Build(number);
        }
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, List<int>> _positions = new(StringComparer.Ordinal);
        private int _count;
        private int _bytes;

        public int Lead { get; private set; }

        public int Tokens { get; private set; }

        /// <summary>Whether one more position of the lexeme stays within the limits.</summary>
        public bool Fits(string lexeme) => _count < MaxPositions && _bytes + Cost(lexeme) <= MaxBytes
            && (!_positions.TryGetValue(lexeme, out var list) || list.Count < MaxLexemePositions);

        public void Add(string lexeme, bool lead)
        {
            _bytes += Cost(lexeme);
            if (!_positions.TryGetValue(lexeme, out var list))
            {
                _positions[lexeme] = list = [];
            }

            list.Add(++_count);
            (Lead, Tokens) = lead ? (Lead + 1, Tokens) : (Lead, Tokens + 1);
        }

        /// <summary>The text form, <c>'lexeme':1,5 'other':2</c>, quotes doubled and backslashes escaped.</summary>
        public SearchPart Build(int number)
        {
            var text = new StringBuilder();
            foreach (var (lexeme, at) in _positions)
            {
                text.Append(text.Length == 0 ? "'" : " '").Append(lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append("':");
                text.AppendJoin(',', at.Select(p => p.ToString(CultureInfo.InvariantCulture)));
            }

            return new SearchPart(number, text.ToString(), Lead, Tokens);
        }

        /// <summary>What a position adds to the vector's data: 2 bytes, and a new lexeme its bytes and header (with room to spare).</summary>
        private int Cost(string lexeme) => _positions.ContainsKey(lexeme) ? 2 : Encoding.UTF8.GetByteCount(lexeme) + 6;
    }
}
