namespace FactStore.Storage;

internal static partial class Sql
{
    /// <summary>A stance <c>st</c> recorded by <c>@known</c>.</summary>
    public const string StanceKnown = "st.recorded_at <= @known";

    /// <summary>A source <c>s</c> recorded by <c>@known</c>.</summary>
    public const string SourceKnown = "s.recorded_at <= @known";

    /// <summary>Source <c>{alias}</c> was never redacted (whenever the redaction was recorded: its text is gone).</summary>
    public static string NeverRedacted(string sourceId) => $"NOT EXISTS (SELECT 1 FROM redactions rx WHERE rx.target_id = {sourceId})";

    /// <summary>The filters of a search's hits of one kind, by the request's options.</summary>
    public static IEnumerable<string> SearchFilters(SearchHitKind kind, bool includeSuperseded, bool includeRetracted) => kind switch
    {
        SearchHitKind.Statement => Include([FactKnown], includeSuperseded ? null : FactNotSuperseded, includeRetracted ? null : FactNotRetracted),
        SearchHitKind.Quote => Include([StanceKnown, NeverRedacted("st.source_id")], includeSuperseded ? null : StanceNotSuperseded, includeRetracted ? null : StanceNotRetracted),
        _ => [SourceKnown, NeverRedacted("s.id")],
    };

    private static IEnumerable<string> Include(string[] always, params string?[] optional) => always.Concat(optional.OfType<string>());
}
