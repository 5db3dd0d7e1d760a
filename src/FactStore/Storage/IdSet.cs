namespace FactStore.Storage;

/// <summary>A set of ids bound as one parameter: the text of a JSON array, read by <see cref="ISqlDialect.StringSet"/>.</summary>
internal static class IdSet
{
    /// <summary>The ids, each once, as a JSON array.</summary>
    public static string Json(IEnumerable<string> ids) => RecordColumns.List(ids.Distinct(StringComparer.Ordinal).ToArray());
}
