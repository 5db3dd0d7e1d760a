using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace FactStore.WebAnnotations;

/// <summary>
/// The annotations of one input: a single Annotation, a JSON array of them, an <c>AnnotationPage</c>, or an
/// <c>AnnotationCollection</c> whose pages are embedded (<c>first</c>, then each page's <c>next</c>).
/// </summary>
internal sealed class WebAnnotationInput : IDisposable
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private readonly JsonDocument _document;
    private readonly ReadOnlyMemory<byte> _json;
    private readonly List<(JsonElement Annotation, int Line)> _annotations = [];

    private WebAnnotationInput(JsonDocument document, ReadOnlyMemory<byte> json)
    {
        _document = document;
        _json = json;
    }

    public IReadOnlyList<(JsonElement Annotation, int Line)> Annotations => _annotations;

    public static async Task<WebAnnotationInput> ReadAsync(ImportInput input, CancellationToken cancellationToken)
    {
        byte[] bytes;
        await using (var stream = input.Open())
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }

        var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidRecordException(
                Importers.JsonErrors.Describe(e), input.Name, 1 + (int)(e.LineNumber ?? 0), innerException: e);
        }

        var result = new WebAnnotationInput(document, json);
        try
        {
            Importers.JsonStringCheck.ThrowIfNotText(json.Span, input.Name);
            result.Collect(document.RootElement, input.Name, topLevel: true);
            if (result._annotations.Count == 0)
            {
                throw new InvalidRecordException("no annotation found; expected a W3C Web Annotation, an array of them, an AnnotationPage or an AnnotationCollection", input.Name);
            }

            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    public void Dispose() => _document.Dispose();

    private void Collect(JsonElement element, string input, bool topLevel)
    {
        if (element.ValueKind == JsonValueKind.Array && topLevel)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, input, topLevel: false);
            }

            return;
        }

        var types = WebAnnotationJson.Types(element);
        if (types.Contains("Annotation"))
        {
            _annotations.Add((element, LineOf(element)));
        }
        else if (types.Contains("AnnotationCollection"))
        {
            if (!element.TryGetProperty("first", out var first))
            {
                throw new InvalidRecordException("the AnnotationCollection has no \"first\" page", input, LineOf(element));
            }

            CollectPages(first, input);
        }
        else if (types.Contains("AnnotationPage"))
        {
            CollectPages(element, input);
        }
        else
        {
            var found = types.Count > 0 ? $"type {string.Join(", ", types)}" : element.ValueKind == JsonValueKind.Object ? "an object with no type" : $"a JSON {element.ValueKind.ToString().ToLowerInvariant()}";
            throw new InvalidRecordException(
                $"expected a W3C Web Annotation (\"type\": \"Annotation\"), an AnnotationPage or an AnnotationCollection; found {found}", input, LineOf(element));
        }
    }

    private void CollectPages(JsonElement page, string input)
    {
        for (var pages = 0; page.ValueKind != JsonValueKind.Undefined; pages++)
        {
            if (page.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRecordException(
                    $"the page {WebAnnotationJson.Compact(page)} is only referenced, not embedded; fetch the pages and import them one by one", input, LineOf(page));
            }

            if (pages > 10_000)
            {
                throw new InvalidRecordException("more than 10000 pages chained by \"next\"", input, LineOf(page));
            }

            if (page.TryGetProperty("items", out var items))
            {
                foreach (var item in items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : Enumerable.Repeat(items, 1))
                {
                    Collect(item, input, topLevel: false);
                }
            }

            page = page.TryGetProperty("next", out var next) ? next : default;
        }
    }

    private int LineOf(JsonElement element)
    {
        var json = _json.Span;
        var raw = JsonMarshal.GetRawUtf8Value(element);
        var offset = (int)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(json), ref MemoryMarshal.GetReference(raw));
        return 1 + (offset >= 0 && offset <= json.Length ? json[..offset].Count((byte)'\n') : 0);
    }
}
