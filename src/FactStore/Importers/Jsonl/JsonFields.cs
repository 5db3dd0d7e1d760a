using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactStore.Exporting;

namespace FactStore.Importers.Jsonl;

/// <summary>
/// One JSON object of a canonical JSON Lines file (a line, or an object nested in one), read member by member with the
/// types the format gives them, so that the members nobody read can be kept (a line) or refused (a nested object).
/// </summary>
internal sealed class JsonFields
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly JsonElement _element;
    private readonly string _what;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonFields(JsonElement element, string what)
    {
        _what = what;
        _element = element.ValueKind == JsonValueKind.Object ? element : throw new FormatException($"{what} must be a JSON object");
    }

    public string Required(string name) => String(name) ?? throw new FormatException($"{_what} has no \"{name}\"");

    public string? String(string name) => Get(name) is JsonElement value
        ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw Wrong(name, "a string")
        : null;

    public bool Boolean(string name) => Get(name) is JsonElement value
        && (value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Wrong(name, "true or false"));

    public double? Number(string name) => Get(name) is JsonElement value
        ? value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Wrong(name, "a number")
        : null;

    public int? Integer(string name) => Get(name) is JsonElement value
        ? value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw Wrong(name, "a whole number")
        : null;

    public PartialDate? Date(string name) => String(name) is string text ? PartialDate.Parse(text) : null;

    public DateTimeOffset? Time(string name) => String(name) is string text ? Storage.StoreTime.Read(text) : null;

    /// <summary>An enum value by its camelCase name (<c>pageDate</c>); <paramref name="fallback"/> when absent or null.</summary>
    public T Enum<T>(string name, T fallback)
        where T : struct, System.Enum
    {
        if (String(name) is not string text)
        {
            return fallback;
        }

        foreach (var value in System.Enum.GetValues<T>())
        {
            if (RecordJson.Name(value) == text)
            {
                return value;
            }
        }

        throw new FormatException($"\"{name}\" in {_what} is '{ImportLimits.Excerpt(text)}'; expected one of {string.Join(", ", System.Enum.GetValues<T>().Select(v => RecordJson.Name(v)))}");
    }

    /// <summary>An array's items (empty when absent or null).</summary>
    public IEnumerable<JsonElement> Array(string name) => Get(name) is JsonElement value
        ? value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Wrong(name, "an array")
        : [];

    public IReadOnlyList<string> Strings(string name) =>
        Array(name).Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Wrong(name, "an array of strings")).ToList();

    /// <summary>A nested object, or <see langword="null"/> when absent or null.</summary>
    public JsonFields? Object(string name) => Get(name) is JsonElement value ? new JsonFields(value, $"\"{name}\" in {_what}") : null;

    /// <summary>Marks a member as known without reading it (the exported <c>provenance</c>, <c>contentHash</c>).</summary>
    public JsonElement? Get(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    /// <summary>Refuses the members nobody read: the model has nowhere to keep them inside a nested object.</summary>
    public void RejectUnread()
    {
        var unknown = Unread().Select(p => $"\"{p.Name}\"").ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"{_what} has unknown member{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)}");
        }
    }

    /// <summary>The members nobody read, in their order, as the text of a JSON object; <see langword="null"/> when none.</summary>
    public string? UnreadAsObject()
    {
        var unread = Unread().ToList();
        if (unread.Count == 0)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Relaxed))
        {
            writer.WriteStartObject();
            foreach (var member in unread)
            {
                member.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private IEnumerable<JsonProperty> Unread() => _element.EnumerateObject().Where(p => !_read.Contains(p.Name));

    private FormatException Wrong(string name, string expected) => new($"\"{name}\" in {_what} must be {expected}");
}
