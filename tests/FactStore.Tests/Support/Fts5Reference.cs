using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FactStore.Tests.Support;

/// <summary>
/// SQLite's own FTS5 in memory, with the store's tokenizer: the reference the FTS5 ports are compared with. Rows are
/// numbered from 1 in the order added.
/// </summary>
internal sealed class Fts5Reference : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private long _rows;

    public Fts5Reference()
    {
        _connection.Open();
        Execute("""
            CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE v USING fts5vocab (t, 'instance');
            """);
    }

    /// <summary>Adds texts as rows, in one transaction; returns their row ids.</summary>
    public IReadOnlyList<long> Add(IEnumerable<string?> texts)
    {
        var ids = new List<long>();
        using var transaction = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO t (rowid, x) VALUES (@id, @x)";
        var id = command.Parameters.Add("@id", SqliteType.Integer);
        var x = command.Parameters.Add("@x", SqliteType.Text);
        foreach (var text in texts)
        {
            id.Value = ++_rows;
            x.Value = (object?)text ?? DBNull.Value;
            command.ExecuteNonQuery();
            ids.Add(_rows);
        }

        transaction.Commit();
        return ids;
    }

    /// <summary>Every token FTS5 indexed, by row: its term and token offset, in order.</summary>
    public IReadOnlyDictionary<long, List<(string Term, int Offset)>> Instances()
    {
        var rows = new Dictionary<long, List<(string, int)>>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT doc, offset, term FROM v ORDER BY doc, offset";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var doc = reader.GetInt64(0);
            if (!rows.TryGetValue(doc, out var list))
            {
                rows[doc] = list = [];
            }

            list.Add((reader.GetString(2), reader.GetInt32(1)));
        }

        return rows;
    }

    /// <summary>A row's text with every token FTS5 finds for the query marked by <c>[</c> and <c>]</c> (highlight()).</summary>
    public string? Highlight(long row, string match, string open, string close) =>
        Scalar("SELECT highlight(t, 0, @open, @close) FROM t WHERE t MATCH @match AND rowid = @row",
            ("@open", open), ("@close", close), ("@match", match), ("@row", row)) as string;

    /// <summary>snippet() of every row matching the query, by row.</summary>
    public IReadOnlyDictionary<long, string> Snippets(string match, string open, string close, string ellipsis, int tokens)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT rowid, snippet(t, 0, @open, @close, @cut, {tokens.ToString(CultureInfo.InvariantCulture)}) FROM t WHERE t MATCH @match";
        command.Parameters.AddWithValue("@open", open);
        command.Parameters.AddWithValue("@close", close);
        command.Parameters.AddWithValue("@cut", ellipsis);
        command.Parameters.AddWithValue("@match", match);
        using var reader = command.ExecuteReader();
        var snippets = new Dictionary<long, string>();
        while (reader.Read())
        {
            snippets[reader.GetInt64(0)] = reader.GetString(1);
        }

        return snippets;
    }

    /// <summary>Every phrase as an FTS5 string, all required, as the SQLite engine asks.</summary>
    public static string Match(IEnumerable<string> phrases) => string.Join(' ', phrases.Select(p => "\"" + p.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteScalar();
    }
}
