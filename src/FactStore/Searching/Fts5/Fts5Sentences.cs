namespace FactStore.Searching.Fts5;

/// <summary>Where FTS5's snippet() sees sentences start (fts5SentenceFinderCb): a window starting there scores more.</summary>
internal static class Fts5Sentences
{
    /// <summary>The tokens that start a sentence: the first, and each after white space that follows a '.' or ':'.</summary>
    public static List<int> Starts(string text, List<Fts5Token> words)
    {
        var starts = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            var at = words[i].Start - 1;
            while (at >= 0 && text[at] is ' ' or '\t' or '\n' or '\r')
            {
                at--;
            }

            if (i == 0 || (at != words[i].Start - 1 && at >= 0 && text[at] is '.' or ':'))
            {
                starts.Add(i);
            }
        }

        return starts;
    }
}
