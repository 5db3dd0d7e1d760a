using System.Data.Common;
using FactStore.Engines;
using FactStore.Storage;
using Npgsql;

namespace FactStore.PostgreSql.Search;

/// <summary>How a run is indexed: its statements, quotes and source texts after its last record, before it commits.</summary>
internal sealed partial class PostgreSqlSearch
{
    public Task<SearchMark> MarkAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        SearchTables.MarkAsync(connection, transaction, cancellationToken);

    public async Task<SearchMark> IndexSinceAsync(DbConnection connection, DbTransaction transaction, SearchMark mark, CancellationToken cancellationToken)
    {
        var (npgsql, run) = ((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        await SearchIndexer.IndexAsync(npgsql, run, SearchTable.Statements, mark.Facts, cancellationToken).ConfigureAwait(false);
        await SearchIndexer.IndexAsync(npgsql, run, SearchTable.Quotes, mark.Stances, cancellationToken).ConfigureAwait(false);
        await SearchIndexer.IndexAsync(npgsql, run, SearchTable.SourceTexts, mark.Sources, cancellationToken).ConfigureAwait(false);
        return await MarkAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }
}
