using System.Text.Json;

namespace FactStore.Importers.ClaimReview;

/// <summary>
/// Tolerant reading of schema.org JSON-LD as publishers write it: a type is a string or an array, a property a string,
/// an object, an array of either or a <c>{"@value": …}</c>, and a node may be only an <c>@id</c> pointing at a node
/// elsewhere in the same document (a Yoast-style <c>@graph</c>).
/// </summary>
internal sealed class JsonLd
{
    private readonly Dictionary<string, JsonElement> _nodes = new(StringComparer.Ordinal);

    /// <summary>Indexes every node with an <c>@id</c> and properties of its own, so references to it resolve.</summary>
    public void Index(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Index(item);
                }

                break;
            case JsonValueKind.Object:
                if (IdOf(element) is string id && !IsReference(element))
                {
                    _nodes.TryAdd(id, element);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Index(property.Value);
                }

                break;
        }
    }

    /// <summary>The node a reference points at, or the element itself.</summary>
    public JsonElement Resolve(JsonElement element) =>
        IsReference(element) && IdOf(element) is string id && _nodes.TryGetValue(id, out var node) ? node : element;

    /// <summary>The values of a property, arrays flattened, nulls skipped, references resolved.</summary>
    public IEnumerable<JsonElement> Values(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value))
        {
            yield break;
        }

        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
        {
            if (item.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                yield return Resolve(item);
            }
        }
    }

    /// <summary>The first value of a property that is text (a string, a number, or an <c>@value</c>).</summary>
    public string? Text(JsonElement node, string name) => Values(node, name).Select(TextOf).FirstOrDefault(t => t is not null);

    /// <summary>The first text among several properties, in order.</summary>
    public string? FirstText(JsonElement node, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Text(node, name) is string text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The text of a value: a non-blank string trimmed, a number as written, an <c>@value</c>; otherwise null.</summary>
    public static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object when value.TryGetProperty("@value", out var inner) && inner.ValueKind != JsonValueKind.Object => TextOf(inner),
        _ => null,
    };

    /// <summary>The schema.org types of a node, by local name (<c>https://schema.org/ClaimReview</c> is <c>ClaimReview</c>).</summary>
    public static IReadOnlyList<string> Types(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
        {
            return [];
        }

        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(TextOf) : [TextOf(type)];
        return [.. names.OfType<string>().Select(n => n[(n.LastIndexOfAny(['/', ':', '#']) + 1)..])];
    }

    /// <summary>Whether a node has the given type.</summary>
    public static bool Is(JsonElement node, string type) => Types(node).Contains(type, StringComparer.Ordinal);

    private static string? IdOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("@id", out var id) ? TextOf(id) : null;

    private static bool IsReference(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.EnumerateObject().All(p => p.NameEquals("@id") || p.NameEquals("@type"));
}
