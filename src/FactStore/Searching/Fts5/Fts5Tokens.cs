using System.Text;

namespace FactStore.Searching.Fts5;

/// <summary>
/// The tokens FTS5's unicode61 tokenizer with <c>remove_diacritics 2</c> makes of a text (fts5_tokenize.c), so an engine
/// without FTS5 indexes, matches, ranks and cuts snippets from the same words. A token starts at a token character and
/// runs over token characters and the diacritic marks FTS5 keeps inside tokens; each character is folded by
/// <see cref="Fts5Fold"/>. Fts5TokensTests compares this with SQLite's own index.
/// </summary>
internal static class Fts5Tokens
{
    /// <summary>The tokens of a text, in order; none for null.</summary>
    public static List<Fts5Token> Of(string? text) => [.. Enumerate(text)];

    /// <summary>The tokens of a text one by one, for texts too long to hold all their tokens at once.</summary>
    public static IEnumerable<Fts5Token> Enumerate(string? text)
    {
        var term = new StringBuilder();
        var i = 0;
        while (i < (text?.Length ?? 0))
        {
            var (codePoint, width) = Read(text!, i);
            if (!IsTokenCharacter(codePoint))
            {
                i += width;
                continue;
            }

            var start = i;
            term.Clear();
            do
            {
                var folded = Fts5Fold.Fold(codePoint);
                if (folded is > 0 and < 0x10000)
                {
                    term.Append((char)folded);
                }
                else if (folded != 0)
                {
                    term.Append(char.ConvertFromUtf32(folded));
                }

                i += width;
                if (i >= text!.Length)
                {
                    break;
                }

                (codePoint, width) = Read(text, i);
            }
            while (IsTokenCharacter(codePoint) || Fts5Fold.IsDiacritic(codePoint));

            yield return new Fts5Token(term.ToString(), start, i);
        }
    }

    /// <summary>The terms of a text's tokens, in order: a phrase as FTS5 matches it.</summary>
    public static List<string> Terms(string? text) => Of(text).ConvertAll(t => t.Term);

    /// <summary>Whether a code point starts or continues a token: ASCII letters and digits, and above ASCII FTS5's table.</summary>
    private static bool IsTokenCharacter(int codePoint) => codePoint < 128
        ? char.IsAsciiLetterOrDigit((char)codePoint)
        : !Fts5Separators.Contains(codePoint);

    /// <summary>The code point at an offset; a lone surrogate reads as U+FFFD, as in its UTF-8 form SQLite sees.</summary>
    private static (int CodePoint, int Width) Read(string text, int at) =>
        char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])
            ? (char.ConvertToUtf32(text[at], text[at + 1]), 2)
            : (char.IsSurrogate(text[at]) ? 0xFFFD : text[at], 1);
}
