using System.Text;

namespace FactStore.Searching;

/// <summary>
/// The markers an engine puts in a snippet (Unicode noncharacters, which no text is meant to hold), and how a marked
/// snippet becomes what <see cref="SearchHit.Snippet"/> shows and where its first match is in the text it was cut from.
/// </summary>
internal static class SearchSnippet
{
    public const char MatchStart = '\uFDD0';
    public const char MatchEnd = '\uFDD1';
    public const char Cut = '\uFDD2';

    private const string Bold = "**";

    /// <summary>
    /// The snippet to show (matches in <c>**</c>, cuts as <c>…</c>, white space runs as one space) and, when
    /// <paramref name="text"/> is given, the first match's place in it; null when the snippet is not found in it.
    /// </summary>
    /// <param name="marked">The snippet with the markers: the text's own characters between them, cut at words.</param>
    /// <param name="text">The full text the snippet was cut from, or null.</param>
    public static (string Snippet, int? Start, int? End) Read(string marked, string? text)
    {
        var shown = new StringBuilder(marked.Length + 8);
        var plain = new StringBuilder(marked.Length);
        int? start = null, end = null;
        foreach (var c in marked)
        {
            switch (c)
            {
                case MatchStart:
                    shown.Append(Bold);
                    start ??= plain.Length;
                    break;
                case MatchEnd:
                    shown.Append(Bold);
                    end ??= plain.Length;
                    break;
                case Cut:
                    shown.Append('…');
                    break;
                default:
                    shown.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    plain.Append(c);
                    break;
            }
        }

        var snippet = Collapse(shown.ToString()).Trim();
        var at = text is null || start is null || end is null ? -1 : text.IndexOf(plain.ToString(), StringComparison.Ordinal);
        return at < 0 ? (snippet, null, null) : (snippet, at + start, at + end);
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != ' ' || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
