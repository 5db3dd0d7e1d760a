using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace FactStore.Importers.ClaimReview;

/// <summary>
/// The ClaimReviews of one input: a JSON-LD document (an object, an array, an <c>@graph</c>, a DataFeed), or an HTML
/// page whose <c>&lt;script type="application/ld+json"&gt;</c> blocks hold them; each with the line it starts on.
/// </summary>
internal sealed class ClaimReviewInput : IDisposable
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly List<JsonDocument> _documents = [];
    private readonly List<(JsonElement Review, int Line)> _reviews = [];
    private readonly SortedSet<string> _otherTypes = new(StringComparer.Ordinal);

    private ClaimReviewInput(string name) => Name = name;

    /// <summary>The input's name, for messages.</summary>
    public string Name { get; }

    /// <summary>Whether the input is an HTML page.</summary>
    public bool IsHtml { get; private set; }

    /// <summary>The page's canonical URL (<c>link rel=canonical</c> or <c>og:url</c>), for an HTML page that states one.</summary>
    public string? CanonicalUrl { get; private set; }

    /// <summary>The page's title (<c>og:title</c>, else <c>&lt;title&gt;</c>), for an HTML page that has one.</summary>
    public string? PageTitle { get; private set; }

    /// <summary>Resolves <c>@id</c> references across every JSON-LD block of the input.</summary>
    public JsonLd JsonLd { get; } = new();

    /// <summary>The ClaimReview nodes, in input order, with the 1-based line each starts on.</summary>
    public IReadOnlyList<(JsonElement Review, int Line)> Reviews => _reviews;

    /// <summary>Reads an input; reports malformed JSON and an input without a ClaimReview as <see cref="InvalidRecordException"/>.</summary>
    public static async Task<ClaimReviewInput> ReadAsync(ImportInput input, CancellationToken cancellationToken)
    {
        byte[] bytes;
        await using (var stream = input.Open())
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }

        var result = new ClaimReviewInput(input.Name);
        try
        {
            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            var first = bytes.AsSpan(start).IndexOfAnyExcept(" \t\r\n"u8);
            if (first >= 0 && bytes[start + first] == (byte)'<')
            {
                result.ReadHtml(bytes);
            }
            else
            {
                result.ReadJson(bytes.AsMemory(start), firstLine: 1, strict: true);
            }

            if (result._reviews.Count == 0)
            {
                var found = result._otherTypes.Count > 0 ? $" (it holds {string.Join(", ", result._otherTypes)})" : "";
                throw new InvalidRecordException(
                    $"no ClaimReview found{found}; expected schema.org ClaimReview JSON-LD, or an HTML page with it in a <script type=\"application/ld+json\"> block",
                    input.Name);
            }

            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }
    }

    private void ReadHtml(byte[] bytes)
    {
        IsHtml = true;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var page = parser.ParseDocument(new MemoryStream(bytes, writable: false));
        CanonicalUrl = page.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href")
            ?? page.QuerySelector("meta[property='og:url'][content]")?.GetAttribute("content");
        PageTitle = new[] { page.QuerySelector("meta[property='og:title'][content]")?.GetAttribute("content"), page.Title }
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
        foreach (var script in page.QuerySelectorAll("script[type]"))
        {
            var type = script.GetAttribute("type")!.Split(';')[0].Trim();
            if (!type.Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = Unwrap(script.TextContent);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            // A broken block that cannot be a ClaimReview (a site's breadcrumbs) is skipped; any other is reported.
            var line = script.SourceReference?.Position.Line ?? 1;
            ReadJson(Encoding.UTF8.GetBytes(text), line, strict: text.Contains("ClaimReview", StringComparison.Ordinal));
        }
    }

    private void ReadJson(ReadOnlyMemory<byte> json, int firstLine, bool strict)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e) when (strict)
        {
            throw new InvalidRecordException(
                JsonErrors.Describe(e), Name, firstLine + (int)(e.LineNumber ?? 0), innerException: e);
        }
        catch (JsonException)
        {
            return;
        }

        _documents.Add(document);
        JsonStringCheck.ThrowIfNotText(json.Span, Name, firstLine);

        JsonLd.Index(document.RootElement);
        Collect(document.RootElement, json.Span, firstLine);
    }

    /// <summary>Finds ClaimReview nodes anywhere in the document (a graph, a DataFeed's items, a page's main entity), not inside one another.</summary>
    private void Collect(JsonElement element, ReadOnlySpan<byte> json, int firstLine)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, json, firstLine);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (JsonLd.Is(element, "ClaimReview"))
        {
            _reviews.Add((element, firstLine + LinesBefore(json, element)));
            return;
        }

        foreach (var type in JsonLd.Types(element).Where(t => t is not ("DataFeed" or "DataFeedItem")))
        {
            _otherTypes.Add(type);
        }

        foreach (var property in element.EnumerateObject())
        {
            Collect(property.Value, json, firstLine);
        }
    }

    /// <summary>How many line breaks precede the element in the document's bytes (the element's raw bytes point into them).</summary>
    private static int LinesBefore(ReadOnlySpan<byte> json, JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        var offset = (int)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(json), ref MemoryMarshal.GetReference(raw));
        return offset >= 0 && offset <= json.Length ? json[..offset].Count((byte)'\n') : 0;
    }

    /// <summary>
    /// A block's JSON with the comment or CDATA wrapper some sites put around it blanked out, keeping its line breaks
    /// so that lines still count from the script tag.
    /// </summary>
    private static string Unwrap(string text)
    {
        var trimmed = text.Trim();
        foreach (var (open, close) in (ReadOnlySpan<(string, string)>)[("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")])
        {
            if (trimmed.StartsWith(open, StringComparison.Ordinal) && trimmed.EndsWith(close, StringComparison.Ordinal))
            {
                var at = text.IndexOf(open, StringComparison.Ordinal);
                var end = text.LastIndexOf(close, StringComparison.Ordinal);
                return string.Concat(text.AsSpan(0, at), new string(' ', open.Length), text.AsSpan(at + open.Length, end - at - open.Length));
            }
        }

        return text;
    }
}
