namespace FactStore.Searching.Fts5;

/// <summary>
/// How FTS5's unicode61 tokenizer folds a code point with <c>remove_diacritics 2</c>: its own lower-case table, then its
/// own diacritic table, ported from SQLite's fts5_unicode2.c (public domain). .NET's ToLowerInvariant and Unicode
/// decomposition disagree with it (e.g. FTS5 folds only the BMP and Deseret, keeps ß and ø, drops U+0300 to U+0331
/// only when they follow a token character), so the tables are SQLite's, not .NET's.
/// </summary>
internal static class Fts5Fold
{
    /// <summary>The folded code point; 0 for a diacritic mark, which FTS5 leaves out of the token.</summary>
    public static int Fold(int c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? c + ('a' - 'A') : c;
        }

        if (c >= 65536)
        {
            return c is >= 66560 and < 66600 ? c + 40 : c;
        }

        var entries = Fts5FoldTables.Entries;
        int low = 0, high = (entries.Length / 3) - 1, found = -1;
        while (high >= low)
        {
            var middle = (high + low) / 2;
            if (c - entries[middle * 3] >= 0)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        var (code, flags, range) = (entries[found * 3], entries[(found * 3) + 1], entries[(found * 3) + 2]);
        var folded = c < code + range && (0x01 & flags & (code ^ c)) == 0 ? (c + Fts5FoldTables.Offsets[flags >> 1]) & 0xFFFF : c;
        return RemoveDiacritic(folded);
    }

    /// <summary>Whether a code point is one of the combining marks FTS5 keeps inside a token (and folds away).</summary>
    public static bool IsDiacritic(int c)
    {
        const uint Low = 0x08029FDF, High = 0x000361F8;
        return c is >= 768 and <= 817 && (c < 768 + 32 ? (Low & (1u << (c - 768))) : (High & (1u << (c - 768 - 32)))) != 0;
    }

    /// <summary>A letter with diacritics as its ASCII letter, the "complex" way (several diacritics too); marks as 0.</summary>
    private static int RemoveDiacritic(int c)
    {
        var keys = Fts5FoldTables.DiacriticKeys;
        var key = ((uint)c << 3) | 0x07;
        int low = 0, high = keys.Length - 1, found = 0;
        while (high >= low)
        {
            var middle = (high + low) / 2;
            if (key >= keys[middle])
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return c > (keys[found] >> 3) + (keys[found] & 0x07) ? c : Fts5FoldTables.DiacriticLetters[found] & 0x7F;
    }
}
