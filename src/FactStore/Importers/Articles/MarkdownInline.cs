using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace FactStore.Importers.Articles;

/// <summary>
/// Markdown's inline syntax removed the way a reader sees the text: code spans keep their content as written; images
/// are dropped (a reader sees the picture, not its alt text); links keep their text; emphasis, strong and
/// strikethrough markers go; inline HTML tags go (<c>&lt;br&gt;</c> is a line break); entities are decoded
/// (<c>&amp;nbsp;</c> is a no-break space); a backslash escape is the character escaped.
/// </summary>
internal static partial class MarkdownInline
{
    /// <summary>Where escaped punctuation waits while the markers are removed: U+E000 plus the character.</summary>
    private const char EscapeBase = '\uE000';

    public static string ToText(string markdown)
    {
        // Escapes are protected first (an escaped * is no emphasis, an escaped ` no code span), unless the text uses
        // the private-use characters that protect them, where escapes are then only unescaped at the end.
        var protect = !markdown.Any(c => c is >= EscapeBase and <= (char)(EscapeBase + 0x7F));
        var text = protect ? Escape().Replace(markdown, m => ((char)(EscapeBase + m.Groups["c"].Value[0])).ToString()) : markdown;

        var result = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match code in CodeSpan().Matches(text))
        {
            result.Append(Prose(text[last..code.Index], protect));
            var content = code.Groups["code"].Value.Replace('\n', ' ');
            if (content.Length > 2 && content[0] == ' ' && content[^1] == ' ' && content.Trim().Length > 0)
            {
                content = content[1..^1];
            }

            result.Append(Restore(content, "\\"));
            last = code.Index + code.Length;
        }

        result.Append(Prose(text[last..], protect));
        return result.ToString();
    }

    private static string Prose(string text, bool protect)
    {
        text = Image().Replace(text, "");
        text = Link().Replace(text, "${text}");
        text = AutoLink().Replace(text, "${target}");
        text = Comment().Replace(text, "");
        text = LineBreakTag().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = Strong().Replace(text, "${inner}");
        text = Strikethrough().Replace(text, "${inner}");
        text = Emphasis().Replace(text, "${inner}");
        text = WebUtility.HtmlDecode(text);
        return protect ? Restore(text, "") : Escape().Replace(text, "${c}");
    }

    private static string Restore(string text, string prefix)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= EscapeBase and <= (char)(EscapeBase + 0x7F))
            {
                result.Append(prefix).Append((char)(c - EscapeBase));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\\(?<c>[!-/:-@\[-`{-~])", Options)]
    private static partial Regex Escape();

    [GeneratedRegex(@"(?<!`)(?<ticks>`+)(?!`)(?<code>.+?)(?<!`)\k<ticks>(?!`)", Options | RegexOptions.Singleline)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!\[[^\]]*\](\([^)]*\)|\[[^\]]*\])", Options)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\](\((<[^>]*>|[^()\s]*(\([^()\s]*\))?[^()\s]*)(\s+(""[^""]*""|'[^']*'|\([^)]*\)))?\s*\)|\[[^\]]*\])", Options)]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<target>(https?|ftp|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>", Options | RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"<!--.*?-->", Options | RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<br\s*/?>", Options | RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>", Options)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(\*\*(?=\S)(?<inner>.+?)(?<=\S)\*\*|(?<![\p{L}\p{N}])__(?=\S)(?<inner>.+?)(?<=\S)__(?![\p{L}\p{N}]))", Options | RegexOptions.Singleline)]
    private static partial Regex Strong();

    [GeneratedRegex(@"~~(?=\S)(?<inner>.+?)(?<=\S)~~", Options | RegexOptions.Singleline)]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"(\*(?=[^\s*])(?<inner>.+?)(?<=[^\s*])\*|(?<![\p{L}\p{N}_])_(?=[^\s_])(?<inner>.+?)(?<=[^\s_])_(?![\p{L}\p{N}_]))", Options | RegexOptions.Singleline)]
    private static partial Regex Emphasis();
}
