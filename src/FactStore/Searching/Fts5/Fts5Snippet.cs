namespace FactStore.Searching.Fts5;

/// <summary>
/// FTS5's snippet() for a one-column table (fts5SnippetFunction in fts5_aux.c), so that an engine without FTS5 cuts
/// the same snippets: the window of at most <c>tokens</c> tokens that scores best (1000 for each phrase it holds, 1
/// for each repeat, 120 or 100 more when it starts a sentence), its matches highlighted, an ellipsis where it cuts.
/// </summary>
internal static class Fts5Snippet
{
    /// <summary>The snippet of a text for a query's phrases; empty for no text, as the SQLite engine reads FTS5's NULL.</summary>
    /// <param name="text">The hit's text.</param>
    /// <param name="phrases">Each phrase's terms (<see cref="Fts5Tokens.Terms"/>), none empty, in the query's order.</param>
    /// <param name="marks">The highlight and ellipsis markers.</param>
    /// <param name="tokens">The most tokens the snippet shows.</param>
    public static string Cut(string? text, IReadOnlyList<IReadOnlyList<string>> phrases, Fts5Marks marks, int tokens)
    {
        if (text is null)
        {
            return "";
        }

        var words = Fts5Tokens.Of(text);
        var instances = Fts5Instances.Find(words, phrases);
        var sizes = phrases.Select(p => p.Count).ToList();
        var start = BestStart(text, words, instances, sizes, tokens);
        return Fts5Highlight.Window(text, words, new Fts5CoalescedInstances(instances, sizes), start, tokens, marks);
    }

    /// <summary>The first token of the best window: each instance's window is scored, and the sentence it is in.</summary>
    private static int BestStart(string text, List<Fts5Token> words, List<Fts5Instance> instances, List<int> sizes, int tokens)
    {
        var sentences = Fts5Sentences.Starts(text, words);
        var seen = new bool[sizes.Count];
        int best = 0, bestScore = 0;
        for (var i = 0; i < instances.Count; i++)
        {
            // Instances at one token score alike and only a better score counts: FTS5's answer without its repeats.
            var instance = instances[i];
            if (i > 0 && instances[i - 1].Offset == instance.Offset)
            {
                continue;
            }

            Array.Clear(seen);
            var (score, adjusted) = Score(instances, sizes, words.Count, seen, instance.Offset, tokens);
            if (score > bestScore)
            {
                (bestScore, best) = (score, adjusted);
            }

            if (sentences.Count > 0 && words.Count > tokens)
            {
                var j = 0;
                while (j < sentences.Count - 1 && sentences[j + 1] <= instance.Offset)
                {
                    j++;
                }

                if (sentences[j] < instance.Offset)
                {
                    Array.Clear(seen);
                    var sentence = Score(instances, sizes, words.Count, seen, sentences[j], tokens).Score + (sentences[j] == 0 ? 120 : 100);
                    if (sentence > bestScore)
                    {
                        (bestScore, best) = (sentence, sentences[j]);
                    }
                }
            }
        }

        return best;
    }

    /// <summary>fts5SnippetScore: the window from a token, and where to start it so its matches sit in the middle.</summary>
    private static (int Score, int Start) Score(List<Fts5Instance> instances, List<int> sizes, int documentSize, bool[] seen, int from, int tokens)
    {
        var end = (long)from + tokens;
        int score = 0, first = -1, last = 0;
        for (var i = FirstAtOrAfter(instances, from); i < instances.Count && instances[i].Offset < end; i++)
        {
            var (phrase, offset) = instances[i];
            score += seen[phrase] ? 1 : 1000;
            seen[phrase] = true;
            first = first < 0 ? offset : first;
            last = offset + sizes[phrase];
        }

        var adjusted = (long)first - ((tokens - (last - first)) / 2);
        adjusted = adjusted + tokens > documentSize ? documentSize - tokens : adjusted;
        return (score, (int)Math.Max(adjusted, 0));
    }

    /// <summary>The first instance at or after a token (instances are in token order), so a window reads only its own.</summary>
    private static int FirstAtOrAfter(List<Fts5Instance> instances, int offset)
    {
        int low = 0, high = instances.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = instances[middle].Offset < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
