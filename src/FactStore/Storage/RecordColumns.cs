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

    /// <summary>A run's skipped records as JSON, the first thousand of them (the run also stores how many there were).</summary>
    public static string? Skipped(IReadOnlyList<SkippedRecord> skipped) =>
        skipped.Count == 0 ? null : JsonSerializer.Serialize(skipped.Take(1000).Select(s => new Dictionary<string, object?>
        {
            ["line"] = s.Line,
            ["recordType"] = s.RecordType,
            ["reason"] = s.Reason,
        }));

    /// <summary>What a record is called in messages and exports: <c>source</c>, <c>entity</c>, <c>fact</c>, <c>stance</c>, <c>retraction</c>, <c>redaction</c>.</summary>
    public static string TypeName(StoreRecord record) => record.GetType().Name.ToLowerInvariant();

    public static PartialDate? ReadDate(string? text) => text is null ? null : PartialDate.Parse(text);

    /// <summary>A validity from its stored ends; a point in time is stored with both ends the same date.</summary>
    public static ValidityInterval ReadValidity(PartialDate? from, PartialDate? to, bool pointInTime) =>
        pointInTime && from is PartialDate point ? ValidityInterval.PointInTime(point) : ValidityInterval.Between(from, to);
}
