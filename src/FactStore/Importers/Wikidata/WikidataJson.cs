using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactStore.Importers.Wikidata;

/// <summary>Reads the parts of Wikidata JSON, with errors that say which part is wrong.</summary>
internal static class WikidataJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>A string property; <see langword="null"/> when absent or null.</summary>
    public static string? String(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"\"{name}\" is a JSON {value.ValueKind}, not a string");

    /// <summary>A string property that must be there.</summary>
    public static string RequiredString(JsonElement element, string name, string what) =>
        String(element, name) ?? throw new FormatException($"{what} has no \"{name}\"");

    /// <summary>A number property as it is written (e.g. <c>52.016666666667</c>); <see langword="null"/> when absent or null.</summary>
    public static double? Number(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            ? null
            : value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw new FormatException($"\"{name}\" is a JSON {value.ValueKind}, not a number");

    /// <summary>
    /// The members of an object property in document order. Absent, null and an empty array (PHP writes an empty map
    /// as <c>[]</c>) have none.
    /// </summary>
    public static IEnumerable<JsonProperty> Members(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject()
            : throw new FormatException($"\"{name}\" is a JSON {value.ValueKind}, not an object");
    }

    /// <summary>The items of an array; absent or null has none.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new FormatException($"\"{name}\" is a JSON {value.ValueKind}, not an array");
    }

    /// <summary>
    /// The items of a Wikidata snak map (<c>{"P580": [snak, ...], ...}</c>) in the order <paramref name="orderName"/>
    /// gives (<c>qualifiers-order</c>, <c>snaks-order</c>), then any property it leaves out, in document order.
    /// </summary>
    public static IEnumerable<(string Property, IReadOnlyList<JsonElement> Snaks)> SnakGroups(JsonElement element, string mapName, string orderName)
    {
        var groups = Members(element, mapName).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var order = Items(element, orderName).Select(i => i.GetString() ?? "").Where(groups.ContainsKey)
            .Concat(groups.Keys).Distinct(StringComparer.Ordinal);
        foreach (var property in order)
        {
            var snaks = groups[property];
            yield return (property, snaks.ValueKind == JsonValueKind.Array
                ? snaks.EnumerateArray().ToList()
                : throw new FormatException($"the snaks of {property} are a JSON {snaks.ValueKind}, not an array"));
        }
    }

    /// <summary>The element as compact JSON, the same whatever white space the input used.</summary>
    public static string CompactText(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
