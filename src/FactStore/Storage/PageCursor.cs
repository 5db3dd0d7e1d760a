using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace FactStore.Storage;

/// <summary>
/// The opaque cursors of <see cref="Page{T}.NextCursor"/>: a letter naming the list and its order, then the sort key
/// of the last item, base64url-encoded. A cursor from another list or order is refused, not misread.
/// </summary>
internal static class PageCursor
{
    private const char Separator = '\n';

    public static string Write(char kind, params ReadOnlySpan<string> key) =>
        kind + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, key.ToArray())));

    public static string Write(char kind, params ReadOnlySpan<long> key)
    {
        var parts = new string[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            parts[i] = key[i].ToString(CultureInfo.InvariantCulture);
        }

        return Write(kind, parts);
    }

    /// <summary>The sort key of a cursor of the given kind with <paramref name="length"/> parts.</summary>
    /// <exception cref="ArgumentException">It is not such a cursor; the message names <paramref name="queryType"/>, the exception <paramref name="paramName"/>.</exception>
    public static string[] Read(string cursor, char kind, int length, string queryType, string paramName)
    {
        if (cursor.Length > 1 && cursor[0] == kind)
        {
            try
            {
                var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor.AsSpan(1))).Split(Separator);
                if (parts.Length == length)
                {
                    return parts;
                }
            }
            catch (FormatException)
            {
                // Reported below.
            }
        }

        throw Invalid(cursor, queryType, paramName);
    }

    /// <summary>The sort key of a cursor whose parts are all numbers.</summary>
    public static long[] ReadNumbers(string cursor, char kind, int length, string queryType, string paramName)
    {
        var parts = Read(cursor, kind, length, queryType, paramName);
        return Array.ConvertAll(parts, p => Number(p, cursor, queryType, paramName));
    }

    /// <summary>A number of a cursor's sort key.</summary>
    public static long Number(string part, string cursor, string queryType, string paramName) =>
        long.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : throw Invalid(cursor, queryType, paramName);

    private static ArgumentException Invalid(string cursor, string queryType, string paramName) => new(
        $"'{cursor}' is not a cursor this list returned: pass a page's NextCursor as {queryType}.After, with the query otherwise unchanged.", paramName);

    /// <summary>
    /// A page from rows read with a limit one higher than asked: the extra row's presence says that another page follows,
    /// and the cursor is made from the last row kept.
    /// </summary>
    public static Page<T> Page<TRow, T>(List<TRow> rows, int limit, Func<TRow, T> item, Func<TRow, string> cursor)
    {
        var kept = rows.Count > limit ? rows.GetRange(0, limit) : rows;
        return new Page<T>(kept.ConvertAll(r => item(r)), rows.Count > limit ? cursor(kept[^1]) : null);
    }
}
