using System.Globalization;

namespace FactStore.Searching;

/// <summary>
/// Where a page of search hits ended: the last hit's score, kind and row. Hits are ordered by score (best first),
/// then kind, then the order their records were written, so the next page starts right after it.
/// </summary>
internal sealed record SearchCursor(double Score, SearchHitKind Kind, long Seq)
{
    private const char Prefix = 's';

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Prefix}{Score:R}~{(int)Kind}~{Seq}");

    /// <exception cref="ArgumentException">The text is not a cursor a search returned.</exception>
    public static SearchCursor Parse(string cursor, string paramName)
    {
        var parts = cursor.Length > 1 && cursor[0] == Prefix ? cursor[1..].Split('~') : [];
        return parts.Length == 3
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && double.IsFinite(score)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kind) && Enum.IsDefined((SearchHitKind)kind)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? new SearchCursor(score, (SearchHitKind)kind, seq)
            : throw new ArgumentException($"'{cursor}' is not a cursor this store returned: pass a page's NextCursor as SearchQuery.After.", paramName);
    }
}
