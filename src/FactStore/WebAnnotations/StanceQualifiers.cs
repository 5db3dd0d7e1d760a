using System.Globalization;
using System.Text.Json;
using FactStore.Exporting;

namespace FactStore.WebAnnotations;

/// <summary>
/// A stance's qualifiers under <c>factstore:qualifiers</c>: each a property and a value written as the canonical JSON
/// Lines export writes a value (<c>{"type": "quantity", "value": "4"}</c>), read back exactly.
/// </summary>
internal static class StanceQualifiers
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<Qualifier> qualifiers)
    {
        json.WriteStartArray(FactStoreIri.Prefix + "qualifiers");
        foreach (var qualifier in qualifiers)
        {
            json.WriteStartObject();
            json.WriteString("property", qualifier.Property);
            json.WritePropertyName("value");
            RecordJson.WriteValue(json, qualifier.Value, static (w, id) => w.WriteStringValue(id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static IEnumerable<Qualifier> Read(JsonElement qualifiers)
    {
        foreach (var item in WebAnnotationJson.Many(qualifiers))
        {
            var property = Text(item, "property");
            var value = WebAnnotationJson.Property(item, "value");
            if (property is null || value.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"its factstore:qualifiers holds {WebAnnotationJson.Compact(item)}, which is no {{\"property\": …, \"value\": {{\"type\": …}}}}");
            }

            yield return new Qualifier { Property = property, Value = Value(value) };
        }
    }

    private static FactObject Value(JsonElement value)
    {
        var type = Text(value, "type") ?? throw new FormatException($"the qualifier value {WebAnnotationJson.Compact(value)} has no type");
        var text = Text(value, "value");
        return type switch
        {
            "entity" => FactObject.Entity(Required(Text(value, "entity"), value)),
            "quantity" => FactObject.Quantity(Required(text, value), Text(value, "unit"), Text(value, "lowerBound"), Text(value, "upperBound")),
            "monolingualText" => FactObject.MonolingualText(Required(text, value), Required(Text(value, "language"), value)),
            "coordinates" => FactObject.Coordinates(
                Number(value, "latitude") ?? throw Missing(value),
                Number(value, "longitude") ?? throw Missing(value),
                Number(value, "precision"),
                Text(value, "globe") is string globe ? ExternalId.Parse(globe) : (ExternalId?)null),
            "unknownValue" => FactObject.UnknownValue(),
            "noValue" => FactObject.NoValue(),
            _ when type.All(char.IsAsciiLetter) && Enum.TryParse<LiteralType>(type, ignoreCase: true, out var literal) => FactObject.Literal(Required(text, value), literal),
            _ => throw new FormatException($"the qualifier value type '{type}' is unknown"),
        };
    }

    private static string? Text(JsonElement node, string name) =>
        WebAnnotationJson.Property(node, name) is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    private static double? Number(JsonElement node, string name) =>
        WebAnnotationJson.Property(node, name) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null;

    private static string Required(string? text, JsonElement value) => text ?? throw Missing(value);

    private static FormatException Missing(JsonElement value) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the qualifier value {WebAnnotationJson.Compact(value)} lacks a field its type needs"));
}
