using System.Text.Json;

namespace FactStore.Storage;

/// <summary>How record values that are not plain columns are written and read back.</summary>
internal static class RecordColumns
{
    public static string List(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static IReadOnlyList<string> ReadList(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string Enum<T>(T value)
        where T : struct, System.Enum => value.ToString().ToLowerInvariant();

    public static T ReadEnum<T>(string text)
        where T : struct, System.Enum => System.Enum.Parse<T>(text, ignoreCase: true);

    public static PartialDate? ReadDate(string? text) => text is null ? null : PartialDate.Parse(text);

    /// <summary>A validity from its stored ends; a point in time is stored with both ends the same date.</summary>
    public static ValidityInterval ReadValidity(PartialDate? from, PartialDate? to, bool pointInTime) =>
        pointInTime && from is PartialDate point ? ValidityInterval.PointInTime(point) : ValidityInterval.Between(from, to);
}
