using System.Data.Common;
using System.Globalization;
using System.Text;
using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.Sqlite.Search;

/// <summary>
/// How a run is indexed (migration 5): names in batches as the writer goes, statements, quotes and source texts with one
/// statement per index before the run commits. Either way FTS5 builds large segments instead of one per row.
/// </summary>
internal sealed partial class SqliteSearch
{
    /// <summary>The rows' seq grows by one with each row (the tables are append-only, rows are never deleted).</summary>
    private const string MarkSql = """
        SELECT (SELECT COALESCE(MAX(seq), 0) FROM facts) AS facts, (SELECT COALESCE(MAX(seq), 0) FROM stances) AS stances,
            (SELECT COALESCE(MAX(seq), 0) FROM sources) AS sources
        """;

    private const string IndexSinceSql = """
        INSERT INTO facts_search (rowid, statement) SELECT seq, statement FROM facts WHERE seq > @facts;
        INSERT INTO stances_search (rowid, quote) SELECT seq, quote FROM stances WHERE seq > @stances;
        INSERT INTO sources_search (rowid, text) SELECT seq, text FROM sources WHERE seq > @sources;
        """;

    public string InsertNames(int count)
    {
        var sql = new StringBuilder("INSERT INTO names_search (name, spelling, entity_id, alias, recorded_at) VALUES ");
        for (var i = 0; i < count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@name{i}, @spelling{i}, @entity{i}, @alias{i}, @recorded)");
        }

        return sql.ToString();
    }

    public async Task<SearchMark> MarkAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(MarkSql, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new SearchMark
        {
            Facts = reader.GetInt64(reader.GetOrdinal("facts")),
            Stances = reader.GetInt64(reader.GetOrdinal("stances")),
            Sources = reader.GetInt64(reader.GetOrdinal("sources")),
        };
    }

    public async Task<SearchMark> IndexSinceAsync(DbConnection connection, DbTransaction transaction, SearchMark mark, CancellationToken cancellationToken)
    {
        await using (var command = connection.Command(IndexSinceSql, transaction)
            .With("@facts", mark.Facts).With("@stances", mark.Stances).With("@sources", mark.Sources))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await MarkAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }
}
