using System.Text;

namespace FactStore.Searching.Fts5;

/// <summary>
/// The highlighting pass of FTS5's snippet() (fts5HighlightCb in fts5_aux.c): the window's tokens with the text between
/// them as it is, each coalesced match between the markers, an ellipsis before a window that does not start the text
/// and after one that does not end it.
/// </summary>
internal static class Fts5Highlight
{
    public static string Window(string text, List<Fts5Token> words, Fts5CoalescedInstances matches, int start, int tokens, Fts5Marks marks)
    {
        var output = new StringBuilder();
        var end = start + tokens - 1;
        if (start > 0)
        {
            output.Append(marks.Ellipsis);
        }

        while (matches.Start >= 0 && matches.Start < start)
        {
            matches.Next();
        }

        var copied = 0;
        var open = false;
        for (var position = start; position <= end && position < words.Count; position++)
        {
            var (_, from, to) = words[position];
            if (start > 0 && position == start)
            {
                copied = from;
            }

            if (open && (position <= matches.Start || matches.Start < 0) && from > copied)
            {
                output.Append(marks.Close);
                open = false;
            }

            if (position == matches.Start && !open)
            {
                output.Append(text, copied, from - copied).Append(marks.Open);
                (copied, open) = (from, true);
            }

            if (position == matches.End)
            {
                output.Append(open ? "" : marks.Open).Append(text, copied, to - copied);
                (copied, open) = (to, true);
                matches.Next();
            }

            if (position == end)
            {
                if (open)
                {
                    if (matches.Start >= 0 && position >= matches.Start)
                    {
                        output.Append(text, copied, to - copied);
                        copied = to;
                    }

                    output.Append(marks.Close);
                    open = false;
                }

                output.Append(text, copied, to - copied);
                copied = to;
            }
        }

        if (open)
        {
            output.Append(marks.Close);
        }

        return end >= words.Count - 1 ? output.Append(text, copied, text.Length - copied).ToString() : output.Append(marks.Ellipsis).ToString();
    }
}
