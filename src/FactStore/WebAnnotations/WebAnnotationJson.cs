using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactStore.WebAnnotations;

/// <summary>Reading helpers for Web Annotation JSON-LD in its compacted form (<c>id</c>/<c>type</c>, or <c>@id</c>/<c>@type</c>).</summary>
internal static class WebAnnotationJson
{
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<string> Types(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var type = node.TryGetProperty("type", out var t) ? t : node.TryGetProperty("@type", out var at) ? at : default;
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(Text) : [Text(type)];
        return [.. names.OfType<string>().Select(n => n[(n.LastIndexOfAny(['/', ':', '#']) + 1)..])];
    }

    public static bool Is(JsonElement node, string type) => Types(node).Contains(type, StringComparer.Ordinal);

    public static string? Id(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.String => Text(node),
        JsonValueKind.Object => Text(Property(node, "id")) ?? Text(Property(node, "@id")),
        _ => null,
    };

    public static JsonElement Property(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : default;

    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null,
        JsonValueKind.Object when value.TryGetProperty("@value", out var inner) && inner.ValueKind == JsonValueKind.String => Text(inner),
        _ => null,
    };

    /// <summary>The value itself, or each item of an array.</summary>
    public static IEnumerable<JsonElement> Many(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => [],
        JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null),
        _ => [value],
    };

    /// <summary>The value as compact JSON, characters unescaped where JSON allows.</summary>
    public static string Compact(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Some properties of an object, in their order, as one compact JSON object.</summary>
    public static string Compact(IEnumerable<(string Name, JsonElement Value)> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
