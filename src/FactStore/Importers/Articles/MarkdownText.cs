using System.Text;
using System.Text.RegularExpressions;

namespace FactStore.Importers.Articles;

/// <summary>
/// A Markdown article as a reader sees it (see <see cref="MarkdownArticleImporter"/> for what is kept and dropped),
/// and its first level-1 heading.
/// </summary>
internal sealed partial class MarkdownText
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _paragraph = [];
    private string[] _lines = [];

    private MarkdownText()
    {
    }

    /// <summary>The text a reader sees.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The first level-1 heading (<c># Title</c>, or a line underlined with <c>===</c>), as text.</summary>
    public string? FirstHeading { get; private set; }

    public static MarkdownText Read(string markdown)
    {
        var reader = new MarkdownText { _lines = markdown.ReplaceLineEndings("\n").Split('\n') };
        reader.ReadBlocks();
        reader.Text = reader._text.ToString().Trim('\n');
        return reader;
    }

    private void ReadBlocks()
    {
        string? fence = null;
        var inTable = false;
        for (var i = 0; i < _lines.Length; i++)
        {
            var line = _lines[i];
            if (fence is not null)
            {
                if (line.Trim().StartsWith(fence, StringComparison.Ordinal) && line.Trim().Trim(fence[0]).Length == 0)
                {
                    fence = null;
                    Block();
                }
                else
                {
                    _text.Append(line).Append('\n');
                }

                continue;
            }

            line = BlockQuote().Replace(line, "");
            if (Fence().Match(line) is { Success: true } open)
            {
                Block();
                fence = open.Groups["fence"].Value;
                continue;
            }

            if (line.Trim().Length == 0)
            {
                inTable = false;
                Block();
            }
            else if (_paragraph.Count > 0 && SetextUnderline().Match(line) is { Success: true } underline)
            {
                // The paragraph so far is a heading; the underline is not text.
                var heading = Flush();
                if (underline.Groups["level"].Value.StartsWith('=') && FirstHeading is null)
                {
                    FirstHeading = heading;
                }

                Block();
            }
            else if (ThematicBreak().IsMatch(line) || ReferenceDefinition().IsMatch(line))
            {
                Block();
            }
            else if (AtxHeading().Match(line) is { Success: true } atx)
            {
                Block();
                _paragraph.Add(atx.Groups["text"].Value);
                var heading = Flush();
                if (atx.Groups["level"].Length == 1 && FirstHeading is null)
                {
                    FirstHeading = heading;
                }

                Block();
            }
            else if (inTable || (i + 1 < _lines.Length && line.Contains('|', StringComparison.Ordinal) && _lines[i + 1].Contains('|', StringComparison.Ordinal) && TableDelimiter().IsMatch(_lines[i + 1])))
            {
                if (!inTable)
                {
                    Block();
                    inTable = true;
                    i++; // the delimiter row is not text
                }

                var cells = line.Trim().Trim('|').Split('|').Select(c => MarkdownInline.ToText(c.Trim()));
                _text.Append(string.Join('\t', cells)).Append('\n');
            }
            else if (Bullet().Match(line) is { Success: true } bullet)
            {
                Flush();
                _paragraph.Add(bullet.Groups["text"].Value);
            }
            else if (Numbered().IsMatch(line))
            {
                Flush();
                _paragraph.Add(line.Trim());
            }
            else
            {
                _paragraph.Add(line.Trim());
            }
        }

        Block();
    }

    /// <summary>Ends a block: its text, then a blank line.</summary>
    private void Block()
    {
        Flush();
        if (_text.Length > 0 && !_text.ToString(Math.Max(0, _text.Length - 2), Math.Min(2, _text.Length)).EndsWith("\n\n", StringComparison.Ordinal))
        {
            _text.Append('\n');
        }
    }

    /// <summary>Writes the lines gathered so far as one run of inline text (emphasis may span its lines), on lines of their own.</summary>
    private string Flush()
    {
        if (_paragraph.Count == 0)
        {
            return "";
        }

        var text = MarkdownInline.ToText(string.Join('\n', _paragraph.Select(l => HardBreak().Replace(l.Trim(), "")))).Trim();
        _paragraph.Clear();
        if (text.Length > 0)
        {
            _text.Append(text).Append('\n');
        }

        return text;
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})", Options)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^( {0,3}> ?)+", Options)]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"^ {0,3}(?<level>=+|-+)[ \t]*$", Options)]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$", Options)]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:[ \t]*\S+", Options)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^ {0,3}(?<level>#{1,6})([ \t]+(?<text>.*?))?([ \t]+#+)?[ \t]*$", Options)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$", Options)]
    private static partial Regex TableDelimiter();

    [GeneratedRegex(@"^\s*[-*+][ \t]+(?<text>.*)$", Options)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*[0-9]{1,9}[.)][ \t]+", Options)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(  +|\\)$", Options)]
    private static partial Regex HardBreak();
}
