using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace FactStore.Storage.Integrity;

/// <summary>
/// Which value each column of an <c>INSERT</c> statement of <see cref="Sql"/> takes (a parameter or a literal), read once
/// from the statement's text, so that the writer hashes exactly the columns it writes and no list is kept twice.
/// </summary>
internal sealed partial class InsertShape
{
    private static readonly ConcurrentDictionary<string, InsertShape> BySql = new(StringComparer.Ordinal);

    private readonly string[] _covered;
    private readonly string[] _coveredSources;
    private readonly string[] _excerptSources;

    private InsertShape(string table, string[] columns, string[] expressions)
    {
        Table = table;
        var byColumn = columns.Zip(expressions).Where(p => p.First is not ("row_hash" or "excerpt_hash")).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        HasExcerptHash = columns.Contains("excerpt_hash");
        IsHashed = columns.Contains("row_hash");
        _covered = RowHash.CoveredColumns(table, HasExcerptHash ? byColumn.Keys.Append("excerpt_hash") : byColumn.Keys);
        _coveredSources = Array.ConvertAll(_covered, c => c == "excerpt_hash" ? "" : byColumn[c]);
        _excerptSources = Array.ConvertAll(RowHash.ExcerptColumns(table), c => byColumn[c]);
    }

    /// <summary>The table the statement inserts into.</summary>
    public string Table { get; }

    /// <summary>Whether the statement writes a row hash (a record table's; an index's rows have none).</summary>
    public bool IsHashed { get; }

    /// <summary>Whether the table keeps the hash of its erasable excerpts.</summary>
    public bool HasExcerptHash { get; }

    /// <summary>The shape of an insert statement, read once per statement.</summary>
    public static InsertShape Of(string sql) => BySql.GetOrAdd(sql, Parse);

    /// <summary>The excerpt hash and the row hash of the row the statement writes with these parameter values.</summary>
    public (string? ExcerptHash, string RowHash) Hash(Func<string, object?> parameter)
    {
        object? Value(string source) => source.StartsWith('@') ? parameter(source) : source.Trim('\'');

        var excerptHash = HasExcerptHash ? RowHash.ExcerptHash(Array.ConvertAll(_excerptSources, Value)) : null;
        var rowHash = RowHash.Of(Table, _covered, i => _coveredSources[i].Length == 0 ? excerptHash : Value(_coveredSources[i]));
        return (excerptHash, rowHash);
    }

    private static InsertShape Parse(string sql)
    {
        var match = InsertPattern().Match(sql);
        if (!match.Success)
        {
            throw new InvalidOperationException($"Not an insert FactStore can hash: {sql}");
        }

        static string[] List(string text) => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var columns = List(match.Groups["columns"].Value);
        var expressions = List(match.Groups["values"].Success ? match.Groups["values"].Value : match.Groups["select"].Value);
        if (columns.Length != expressions.Length)
        {
            throw new InvalidOperationException($"An insert with {columns.Length} columns and {expressions.Length} values: {sql}");
        }

        return new InsertShape(match.Groups["table"].Value, columns, expressions);
    }

    [GeneratedRegex(@"^\s*INSERT INTO (?<table>\w+) \((?<columns>[^)]*)\)\s*(?:VALUES \((?<values>[^)]*)\)|SELECT (?<select>.*?)\s+WHERE)", RegexOptions.Singleline)]
    private static partial Regex InsertPattern();
}
