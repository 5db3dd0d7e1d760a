using System.Text;
using System.Text.Json;

namespace FactStore.Storage;

/// <summary>
/// How a <see cref="FactObject"/> is stored: its type, entity id and main value in columns of their own (queries filter
/// on them), and the parts only some types have (language, unit, bounds, coordinates) as a small JSON object. Qualifiers
/// are a JSON array of the same shape with a <c>property</c>.
/// </summary>
internal static class FactObjectColumns
{
    public static string? Detail(FactObject value)
    {
        if (value.IsEntity || value.LiteralType is not (LiteralType.Quantity or LiteralType.Coordinates or LiteralType.MonolingualText))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteDetail(json, value);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static FactObject Read(string? entityId, string? value, string type, string? detail)
    {
        if (entityId is not null)
        {
            return FactObject.Entity(entityId);
        }

        using var document = detail is null ? null : JsonDocument.Parse(detail);
        return Build(RecordColumns.ReadEnum<LiteralType>(type), value, document?.RootElement);
    }

    public static string? Qualifiers(IReadOnlyList<Qualifier> qualifiers)
    {
        if (qualifiers.Count == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var qualifier in qualifiers)
            {
                json.WriteStartObject();
                json.WriteString("property", qualifier.Property);
                json.WriteString("type", qualifier.Value.IsEntity ? "entity" : RecordColumns.Enum(qualifier.Value.LiteralType));
                if (qualifier.Value.EntityId is string entity)
                {
                    json.WriteString("entity", entity);
                }

                if (qualifier.Value.Value is string text)
                {
                    json.WriteString("value", text);
                }

                WriteDetail(json, qualifier.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IReadOnlyList<Qualifier> ReadQualifiers(string? stored)
    {
        if (stored is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(stored);
        var qualifiers = new List<Qualifier>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var type = element.GetProperty("type").GetString()!;
            qualifiers.Add(new Qualifier
            {
                Property = element.GetProperty("property").GetString()!,
                Value = type == "entity"
                    ? FactObject.Entity(element.GetProperty("entity").GetString()!)
                    : Build(RecordColumns.ReadEnum<LiteralType>(type), Text(element, "value"), element),
            });
        }

        return qualifiers;
    }

    private static void WriteDetail(Utf8JsonWriter json, FactObject value)
    {
        switch (value.LiteralType)
        {
            case LiteralType.MonolingualText:
                json.WriteString("language", value.Language);
                break;
            case LiteralType.Quantity:
                WriteIfGiven(json, "unit", value.UnitId);
                WriteIfGiven(json, "lower", value.LowerBound);
                WriteIfGiven(json, "upper", value.UpperBound);
                break;
            case LiteralType.Coordinates:
                json.WriteNumber("latitude", value.Latitude!.Value);
                json.WriteNumber("longitude", value.Longitude!.Value);
                if (value.Precision is double precision)
                {
                    json.WriteNumber("precision", precision);
                }

                WriteIfGiven(json, "globe", value.Globe?.ToString());
                break;
        }
    }

    private static FactObject Build(LiteralType type, string? value, JsonElement? detail) => type switch
    {
        LiteralType.UnknownValue => FactObject.UnknownValue(),
        LiteralType.NoValue => FactObject.NoValue(),
        LiteralType.MonolingualText => FactObject.MonolingualText(value!, Text(detail, "language")!),
        LiteralType.Quantity => FactObject.Quantity(value!, Text(detail, "unit"), Text(detail, "lower"), Text(detail, "upper")),
        LiteralType.Coordinates => FactObject.Coordinates(
            Number(detail, "latitude") ?? throw new FormatException("coordinates without a latitude"),
            Number(detail, "longitude") ?? throw new FormatException("coordinates without a longitude"),
            Number(detail, "precision"),
            Text(detail, "globe") is string globe ? ExternalId.Parse(globe) : (ExternalId?)null),
        _ => FactObject.Literal(value!, type),
    };

    private static void WriteIfGiven(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string? Text(JsonElement? element, string name) =>
        element is JsonElement e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement? element, string name) =>
        element is JsonElement e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    /// <summary>The folded text the object filter of a query compares with.</summary>
    public static string Folded(FactObject value) =>
        value.EntityId ?? FactStore.Text.TextFolding.FoldName(value.Value ?? value.ToString());
}
