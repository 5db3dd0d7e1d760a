using System.Text;

namespace FactStore.Citations;

/// <summary>
/// Text made literal in Markdown (CommonMark, GitHub and Pandoc): every character that could start emphasis, code, a
/// link, a footnote, HTML, an entity, math, a Pandoc citation (<c>@key</c>) or a table cell is backslash-escaped, and
/// so is a line start that would open a heading, a list or a setext underline.
/// </summary>
internal static class MarkdownEscape
{
    private const string Inline = "\\`*_[]<>|~&$^@";

    public static string Text(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (lineStart)
            {
                i = EscapeLineStart(text, i, builder);
                if (i >= text.Length)
                {
                    break;
                }
            }

            var c = text[i];
            if (Inline.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = c == '\n';
        }

        return builder.ToString();
    }

    /// <summary>
    /// Escapes what opens a block at a line start: <c>#</c>, <c>-</c>, <c>+</c>, <c>=</c> get a backslash; an ordered
    /// list marker (<c>2022.</c>, <c>1)</c>) keeps its digits and escapes its dot or parenthesis.
    /// </summary>
    /// <returns>The index of the next character still to copy.</returns>
    private static int EscapeLineStart(string text, int i, StringBuilder builder)
    {
        if (text[i] is '#' or '-' or '+' or '=')
        {
            builder.Append('\\');
            return i;
        }

        var end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == i || end == text.Length || text[end] is not ('.' or ')'))
        {
            return i;
        }

        builder.Append(text, i, end - i).Append('\\');
        return end;
    }
}
