using System.Text;
using AngleSharp.Dom;

namespace FactStore.Importers.Articles;

/// <summary>
/// The text a reader sees of an element, close to a browser's <c>innerText</c> without style sheets: white space
/// collapsed within blocks (a no-break space is not white space and stays), a paragraph set apart by a blank line, other
/// blocks and <c>&lt;br&gt;</c> by a line break, table cells by a tab, <c>&lt;pre&gt;</c> kept as written; what a
/// reader does not see (scripts, styles, templates, <c>hidden</c> elements) left out.
/// </summary>
internal sealed class HtmlInnerText
{
    /// <summary>Elements whose content is never shown as text.</summary>
    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "nav", "iframe", "object", "embed", "svg", "math", "canvas",
        "audio", "video", "map", "select", "datalist", "input", "textarea", "button", "dialog",
    };

    /// <summary>Elements a browser lays out as blocks: a line break before and after.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "legend", "li", "main", "menu", "ol", "pre", "section", "summary", "table", "caption", "tr", "ul",
    };

    private readonly StringBuilder _text = new();
    private readonly Func<IElement, bool> _skip;
    private int _pendingBreaks;
    private bool _pendingSpace;

    private HtmlInnerText(Func<IElement, bool> skip) => _skip = skip;

    /// <summary>The text of <paramref name="root"/>, leaving out the elements <paramref name="skip"/> selects as well as the invisible ones.</summary>
    public static string Of(IElement root, Func<IElement, bool> skip)
    {
        var renderer = new HtmlInnerText(skip);
        renderer.Visit(root, preformatted: false);
        return renderer._text.ToString().Trim('\n', ' ');
    }

    private void Visit(INode node, bool preformatted)
    {
        switch (node)
        {
            case IText text:
                Append(text.Data, preformatted);
                break;
            case IElement element when element.LocalName == "br":
                _pendingSpace = false;
                Flush();
                _text.Append('\n');
                _pendingSpace = false;
                break;
            case IElement element when !Invisible.Contains(element.LocalName) && !element.HasAttribute("hidden") && !_skip(element):
                var breaks = element.LocalName == "p" ? 2 : Blocks.Contains(element.LocalName) ? 1 : 0;
                Break(breaks);
                foreach (var child in element.ChildNodes)
                {
                    Visit(child, preformatted || element.LocalName is "pre" or "listing" or "plaintext");
                }

                if (element.LocalName is "td" or "th" && element.NextElementSibling?.LocalName is "td" or "th")
                {
                    _pendingSpace = false;
                    Flush();
                    _text.Append('\t');
                    _pendingSpace = false;
                }

                Break(breaks);
                break;
        }
    }

    private void Append(string data, bool preformatted)
    {
        if (preformatted)
        {
            Flush();
            _text.Append(data);
            return;
        }

        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _pendingSpace = true;
                continue;
            }

            Flush();
            _text.Append(c);
        }
    }

    /// <summary>A required line break count: adjacent ones merge to the largest, and white space at a line's end is dropped.</summary>
    private void Break(int count)
    {
        if (count > 0)
        {
            _pendingBreaks = Math.Max(_pendingBreaks, count);
            _pendingSpace = false;
        }
    }

    /// <summary>Writes the pending line breaks (less those already written) or the pending space, before more text.</summary>
    private void Flush()
    {
        if (_pendingBreaks > 0 && _text.Length > 0)
        {
            var written = 0;
            while (written < _text.Length && _text[^(written + 1)] == '\n')
            {
                written++;
            }

            _text.Append('\n', Math.Max(0, _pendingBreaks - written));
            _pendingSpace = false;
        }

        _pendingBreaks = 0;
        if (_pendingSpace && _text.Length > 0 && _text[^1] is not ('\n' or '\t'))
        {
            _text.Append(' ');
        }

        _pendingSpace = false;
    }
}
