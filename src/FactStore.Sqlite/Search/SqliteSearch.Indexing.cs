using System.Data.Common;
using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.Sqlite.Search;

/// <summary>
/// How a run is indexed (migration 5): names in batches as the writer goes, statements, quotes and source texts with one
/// statement per index before the run commits. Either way FTS5 builds large segments instead of one per row.
/// </summary>
internal sealed partial class SqliteSearch
{
    private const string IndexSinceSql = """
        INSERT INTO facts_search (rowid, statement) SELECT seq, statement FROM facts WHERE seq > @facts;
        INSERT INTO stances_search (rowid, quote) SELECT seq, quote FROM stances WHERE seq > @stances;
        INSERT INTO sources_search (rowid, text) SELECT seq, text FROM sources WHERE seq > @sources;
        """;

    public string InsertNames(int count) => SearchTables.InsertNames(count);

    public Task<SearchMark> MarkAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        SearchTables.MarkAsync(connection, transaction, cancellationToken);

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
