namespace FactStore.Searching.Fts5;

/// <summary>Where a query's phrases occur in a text's tokens: what FTS5 reads from its position lists.</summary>
internal static class Fts5Instances
{
    /// <summary>
    /// Every instance of every phrase, in FTS5's order: by token, and on one token by phrase (fts5CacheInstArray merges
    /// the phrases' position lists, the lower phrase first on a tie). A phrase asked twice has its instances twice.
    /// </summary>
    /// <param name="tokens">The text's tokens.</param>
    /// <param name="phrases">Each phrase's terms, in order; none empty.</param>
    public static List<Fts5Instance> Find(IReadOnlyList<Fts5Token> tokens, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var instances = new List<Fts5Instance>();
        for (var offset = 0; offset < tokens.Count; offset++)
        {
            for (var phrase = 0; phrase < phrases.Count; phrase++)
            {
                if (StartsAt(tokens, phrases[phrase], offset))
                {
                    instances.Add(new Fts5Instance(phrase, offset));
                }
            }
        }

        return instances;
    }

    private static bool StartsAt(IReadOnlyList<Fts5Token> tokens, IReadOnlyList<string> terms, int offset)
    {
        if (offset + terms.Count > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (!string.Equals(tokens[offset + i].Term, terms[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
