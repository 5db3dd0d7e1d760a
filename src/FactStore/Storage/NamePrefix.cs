using System.Data.Common;
using System.Text;
using FactStore.Text;

namespace FactStore.Storage;

/// <summary>
/// A folded name prefix as a range an index can seek: from the prefix to the first text after every text that starts
/// with it. Text compares as its UTF-8 bytes (SQLite's <c>BINARY</c>, PostgreSQL's <c>C</c> collation), which is code
/// point order, so that bound is the prefix with its last code point one higher.
/// </summary>
internal static class NamePrefix
{
    /// <summary>
    /// The condition that <paramref name="column"/> (a folded name) starts with <paramref name="prefix"/> folded, with
    /// its parameters bound; empty when there is no prefix.
    /// </summary>
    public static string Condition(DbCommand command, string column, string? prefix)
    {
        if (prefix is null)
        {
            return "";
        }

        var (from, to) = Range(TextFolding.FoldName(prefix));
        command.With("@prefix_from", from).With("@prefix_to", to);
        return $" AND {column} >= @prefix_from" + (to is null ? "" : $" AND {column} < @prefix_to");
    }

    /// <summary>The range of the texts that start with <paramref name="from"/>; its end is <see langword="null"/> when unbounded.</summary>
    public static (string From, string? To) Range(string from)
    {
        var runes = from.EnumerateRunes().ToArray();
        for (var i = runes.Length - 1; i >= 0; i--)
        {
            var next = runes[i].Value + 1;
            next = next == 0xD800 ? 0xE000 : next;
            if (next <= 0x10FFFF)
            {
                var to = new StringBuilder();
                foreach (var rune in runes.AsSpan(0, i))
                {
                    to.Append(rune.ToString());
                }

                return (from, to.Append(new Rune(next).ToString()).ToString());
            }
        }

        return (from, null);
    }
}
