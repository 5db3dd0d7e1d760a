using System.Text.Json;

namespace FactStore.Importers;

/// <summary>One JSON object of an annotation file, read field by field so that unread (unknown) fields can be reported.</summary>
internal sealed class AnnotationLine
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal) { "type" };

    public AnnotationLine(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("each line must be a JSON object");
        }

        _element = element;
        Type = Required("type");
    }

    public string Type { get; }

    public string Required(string name) =>
        Optional(name) ?? throw new FormatException($"the {Type ?? "record"} has no \"{name}\"");

    public string? Optional(string name)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"\"{name}\" must be a string");
    }

    public IReadOnlyList<string> List(string name)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(v => v.GetString()!).ToList()
            : throw new FormatException($"\"{name}\" must be an array of strings");
    }

    public double? Number(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw new FormatException($"\"{name}\" must be a number")
            : null;
    }

    public PartialDate? Date(string name) => Optional(name) is string text ? PartialDate.Parse(text) : null;

    public T Enum<T>(string name, T fallback)
        where T : struct, System.Enum =>
        Optional(name) is not string text
            ? fallback
            : System.Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is string known
                ? System.Enum.Parse<T>(known)
                : throw new FormatException($"\"{name}\" is '{text}'; expected one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");

    public void RejectUnread()
    {
        var unknown = _element.EnumerateObject().Select(p => p.Name).Where(n => !_read.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"unknown field{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"\"{u}\""))} in a {Type}");
        }
    }
}
