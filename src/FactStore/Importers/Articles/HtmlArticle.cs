using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FactStore.Importers.ClaimReview;

namespace FactStore.Importers.Articles;

/// <summary>An HTML page read as an article: its readable text and the metadata the page states.</summary>
internal sealed class HtmlArticle
{
    private readonly IHtmlDocument _page;
    private readonly JsonLd _jsonLd = new();
    private readonly JsonElement? _articleNode;

    private HtmlArticle(IHtmlDocument page, int maxDepth)
    {
        _page = page;
        Root = ChooseRoot(page);
        _articleNode = ReadJsonLd(maxDepth);
    }

    /// <summary>The element the text is taken from: the <c>&lt;article&gt;</c> with the most text, else <c>&lt;main&gt;</c>, else the body.</summary>
    public IElement Root { get; }

    public static HtmlArticle Parse(IHtmlDocument page, int maxDepth) => new(page, maxDepth);

    /// <summary>The readable text of <see cref="Root"/>; the page's own header and footer (not an article's) are left out.</summary>
    public string Text() => HtmlInnerText.Of(Root, IsPageChrome);

    /// <summary><c>og:title</c>, else <c>&lt;title&gt;</c>, else the first <c>&lt;h1&gt;</c>.</summary>
    public string? Title() =>
        Clean(Meta("property", "og:title")) ?? Clean(_page.Title) ?? Clean((Root.QuerySelector("h1") ?? _page.QuerySelector("h1"))?.TextContent);

    /// <summary><c>og:site_name</c>, else the JSON-LD article's publisher.</summary>
    public string? Publisher() => Clean(Meta("property", "og:site_name")) ?? Clean(JsonLdNames("publisher").FirstOrDefault());

    /// <summary>Every <c>&lt;meta name="author"&gt;</c>, else the JSON-LD article's authors.</summary>
    public IReadOnlyList<string> Authors()
    {
        var meta = _page.QuerySelectorAll("meta[name='author' i][content]").Select(m => Clean(m.GetAttribute("content"))).OfType<string>().ToList();
        return [.. (meta.Count > 0 ? meta : JsonLdNames("author").Select(Clean).OfType<string>()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary><c>article:published_time</c>, else the JSON-LD article's <c>datePublished</c>, else the first <c>&lt;time datetime&gt;</c> of the article; at the precision written.</summary>
    public PartialDate? Published() =>
        SchemaDate.Parse(Meta("property", "article:published_time") ?? Meta("name", "article:published_time"))
        ?? (_articleNode is JsonElement node ? SchemaDate.Parse(_jsonLd.Text(node, "datePublished")) : null)
        ?? Root.QuerySelectorAll("time[datetime]").Select(t => SchemaDate.Parse(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);

    /// <summary><c>&lt;link rel="canonical"&gt;</c>, else <c>og:url</c>, when it is an absolute http(s) URL.</summary>
    public ExternalId? CanonicalUrl()
    {
        var candidates = new[] { _page.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href"), Meta("property", "og:url") };
        foreach (var candidate in candidates)
        {
            if (Clean(candidate) is string url && ExternalId.TryParse("url:" + url, out var id))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>The <c>lang</c> attribute nearest the article (on it, an ancestor, or <c>&lt;html&gt;</c>).</summary>
    public string? Language() => Clean(Root.Closest("[lang]")?.GetAttribute("lang"));

    /// <summary>
    /// A <c>&lt;header&gt;</c> or <c>&lt;footer&gt;</c> of the page rather than of an article or section (no sectioning
    /// element between it and the body, as ARIA's banner and contentinfo roles are told), or a navigation landmark.
    /// </summary>
    private static bool IsPageChrome(IElement element) =>
        element.GetAttribute("role") is "navigation" ||
        (element.LocalName is "header" or "footer" && element.Ancestors<IElement>().All(a => a.LocalName is not ("article" or "aside" or "main" or "section")));

    private static IElement ChooseRoot(IHtmlDocument page) =>
        page.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length)
        ?? page.QuerySelector("main")
        ?? page.Body
        ?? page.DocumentElement;

    private string? Meta(string attribute, string name) =>
        _page.QuerySelectorAll($"meta[{attribute}][content]")
            .FirstOrDefault(m => string.Equals(m.GetAttribute(attribute)?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private IEnumerable<string> JsonLdNames(string property) =>
        _articleNode is JsonElement node
            ? _jsonLd.Values(node, property).Select(v => JsonLd.TextOf(v) ?? _jsonLd.Text(v, "name")).OfType<string>()
            : [];

    /// <summary>Indexes the page's JSON-LD blocks and finds the first article node (a type named *Article, *Posting or Report); a block that is not JSON is ignored, as browsers ignore it.</summary>
    private JsonElement? ReadJsonLd(int maxDepth)
    {
        JsonElement? found = null;
        foreach (var script in _page.QuerySelectorAll("script[type]").Where(s => s.GetAttribute("type")!.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase)))
        {
            JsonElement root;
            try
            {
                var json = System.Text.Encoding.UTF8.GetBytes(script.TextContent);
                using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = maxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                root = document.RootElement.Clone();

                // A string holding a lone surrogate escape cannot be read as text: the block is ignored, as one that is not JSON.
                if (JsonStringCheck.FirstLoneSurrogate(json) >= 0)
                {
                    continue;
                }
            }
            catch (JsonException)
            {
                continue;
            }

            _jsonLd.Index(root);
            found ??= Nodes(root).Cast<JsonElement?>().FirstOrDefault(n => JsonLd.Types(n!.Value).Any(IsArticleType));
        }

        return found;
    }

    private static bool IsArticleType(string type) =>
        type.EndsWith("Article", StringComparison.Ordinal) || type.EndsWith("Posting", StringComparison.Ordinal) || type == "Report";

    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(Nodes);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return element.TryGetProperty("@graph", out var graph) ? [element, .. Nodes(graph)] : [element];
    }

    /// <summary>White space collapsed and trimmed; <see langword="null"/> when nothing is left.</summary>
    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }
}
