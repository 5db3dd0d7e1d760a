using System.Text.Json;

namespace FactStore.Importers;

/// <summary>How every JSON importer words a parse error: the column and the parser's reason, with the input it quotes cut to an excerpt.</summary>
internal static class JsonErrors
{
    /// <summary>
    /// <c>not valid JSON at column N: reason</c>, without the parser's path and line (the error names the line), the
    /// reason at most <see cref="ImportLimits.ExcerptLength"/> characters: the parser quotes the bad token whole, and a
    /// token may be megabytes long.
    /// </summary>
    public static string Describe(JsonException e) =>
        $"not valid JSON at column {e.BytePositionInLine + 1}: {ImportLimits.Excerpt(e.Message.Split(" Path:")[0].Split(" LineNumber:")[0])}";
}
