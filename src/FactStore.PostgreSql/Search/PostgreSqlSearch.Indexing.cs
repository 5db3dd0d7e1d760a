using System.Data.Common;
using FactStore.Engines;
using FactStore.Storage;
using Npgsql;

namespace FactStore.PostgreSql.Search;

/// <summary>How a run is indexed: its statements, quotes and source texts after its last record, before it commits.</summary>
internal sealed partial class PostgreSqlSearch
{
    /// <summary>The rows' seq grows by one with each row (the tables are append-only, rows are never deleted).</summary>
    private const string MarkSql = """
        SELECT (SELECT COALESCE(MAX(seq), 0) FROM facts) AS facts, (SELECT COALESCE(MAX(seq), 0) FROM stances) AS stances,
            (SELECT COALESCE(MAX(seq), 0) FROM sources) AS sources
        """;

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
        var (npgsql, run) = ((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        await SearchIndexer.IndexAsync(npgsql, run, SearchTable.Statements, mark.Facts, cancellationToken).ConfigureAwait(false);
        await SearchIndexer.IndexAsync(npgsql, run, SearchTable.Quotes, mark.Stances, cancellationToken).ConfigureAwait(false);
        await SearchIndexer.IndexAsync(npgsql, run, SearchTable.SourceTexts, mark.Sources, cancellationToken).ConfigureAwait(false);
        return await MarkAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }
}
