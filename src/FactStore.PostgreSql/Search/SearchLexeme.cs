using System.Security.Cryptography;
using System.Text;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// An FTS5 term as a tsvector lexeme. PostgreSQL refuses lexemes over 2046 bytes, which FTS5 takes: such a term is its
/// first 1900 bytes or so, '#', and the SHA-256 of the whole term; '#' never occurs in a term, so no other term maps there.
/// </summary>
internal static class SearchLexeme
{
    public const int MaxBytes = 2046;
    private const int KeptBytes = 1900;

    public static string Of(string term)
    {
        if (Encoding.UTF8.GetByteCount(term) <= MaxBytes)
        {
            return term;
        }

        var kept = 0;
        var bytes = 0;
        foreach (var rune in term.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > KeptBytes)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            kept += rune.Utf16SequenceLength;
        }

        return term[..kept] + "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(term)));
    }
}
