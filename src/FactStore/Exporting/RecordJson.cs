using System.Text.Json;

namespace FactStore.Exporting;

/// <summary>
/// How the parts of records are written as JSON, wherever FactStore writes them (the JSON Lines export, the
/// <c>factstore</c> command's <c>--json</c>): names in camelCase, enum values in camelCase, partial dates as EDTF at
/// their own precision, external ids as <c>scheme:value</c>. The caller says how an entity reference is written (an id
/// in an export; an id, label and external ids on screen).
/// </summary>
internal static class RecordJson
{
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>A fact's object or a qualifier's value: <c>type</c>, then the fields its type has.</summary>
    public static void WriteValue(Utf8JsonWriter json, FactObject value, Action<Utf8JsonWriter, string> writeEntity)
    {
        json.WriteStartObject();
        if (value.EntityId is string entity)
        {
            json.WriteString("type", "entity");
            json.WritePropertyName("entity");
            writeEntity(json, entity);
            json.WriteEndObject();
            return;
        }

        json.WriteString("type", Name(value.LiteralType));
        if (value.Value is string text)
        {
            json.WriteString("value", text);
        }

        if (value.Language is string language)
        {
            json.WriteString("language", language);
        }

        if (value.UnitId is string unit)
        {
            json.WritePropertyName("unit");
            writeEntity(json, unit);
        }

        WriteIfGiven(json, "lowerBound", value.LowerBound);
        WriteIfGiven(json, "upperBound", value.UpperBound);
        if (value.Latitude is double latitude && value.Longitude is double longitude)
        {
            json.WriteNumber("latitude", latitude);
            json.WriteNumber("longitude", longitude);
        }

        if (value.Precision is double precision)
        {
            json.WriteNumber("precision", precision);
        }

        WriteIfGiven(json, "globe", value.Globe?.ToString());
        json.WriteEndObject();
    }

    public static void WriteQualifiers(Utf8JsonWriter json, IReadOnlyList<Qualifier> qualifiers, Action<Utf8JsonWriter, string> writeEntity)
    {
        json.WriteStartArray("qualifiers");
        foreach (var qualifier in qualifiers)
        {
            json.WriteStartObject();
            json.WriteString("property", qualifier.Property);
            json.WritePropertyName("value");
            WriteValue(json, qualifier.Value, writeEntity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A validity: <c>from</c> and <c>to</c> (EDTF, null when open), or <c>pointInTime</c> for a point in time.</summary>
    public static void WriteValidity(Utf8JsonWriter json, ValidityInterval validity)
    {
        json.WriteStartObject("validity");
        json.WriteString("from", validity.IsPointInTime ? null : validity.From?.ToString());
        json.WriteString("to", validity.IsPointInTime ? null : validity.To?.ToString());
        json.WriteString("pointInTime", validity.IsPointInTime ? validity.From?.ToString() : null);
        json.WriteEndObject();
    }

    /// <summary>A citation, or null for a stance on a source known by reference as a whole.</summary>
    public static void WriteCitation(Utf8JsonWriter json, Citation? citation)
    {
        if (citation is null)
        {
            json.WriteNull("citation");
            return;
        }

        json.WriteStartObject("citation");
        json.WriteString("quote", citation.Quote);
        json.WriteString("prefix", citation.Prefix);
        json.WriteString("suffix", citation.Suffix);
        WriteNumber(json, "start", citation.Start);
        WriteNumber(json, "end", citation.End);
        json.WriteString("locator", citation.Locator);
        json.WriteString("anchor", Name(citation.Anchor));
        json.WriteString("sourceContentHash", citation.SourceContentHash);
        json.WriteEndObject();
    }

    public static void WriteIds(Utf8JsonWriter json, string name, IReadOnlyList<ExternalId> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id.ToString());
        }

        json.WriteEndArray();
    }

    /// <summary>Texts with their language: <c>[{"text": …, "language": …}]</c>.</summary>
    public static void WriteTexts(Utf8JsonWriter json, string name, IReadOnlyList<LocalizedText> texts)
    {
        json.WriteStartArray(name);
        foreach (var text in texts)
        {
            json.WriteStartObject();
            json.WriteString("text", text.Text);
            json.WriteString("language", text.Language);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteIfGiven(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
