namespace FactStore.Searching.Fts5;

/// <summary>What a snippet puts around a match and where it cuts its text (snippet()'s second to fourth arguments).</summary>
/// <param name="Open">Before a match.</param>
/// <param name="Close">After a match.</param>
/// <param name="Ellipsis">Where the text is cut.</param>
internal sealed record Fts5Marks(string Open, string Close, string Ellipsis);
