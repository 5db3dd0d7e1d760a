namespace FactStore.Storage;

/// <summary>
/// A hit as the engine returns it: <see cref="Snippet"/> marked with <see cref="Searching.SearchSnippet"/>'s markers,
/// and the text it was cut from with, for a quote, where that text starts in the source's text (null when unknown).
/// </summary>
internal sealed record SearchRow(
    SearchHitKind Kind, long Seq, string RecordId, string? FactId, string? SourceId, double Score, string Snippet, string? Text, int? TextStart);
