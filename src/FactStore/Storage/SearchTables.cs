using System.Data.Common;
using System.Globalization;
using System.Text;

namespace FactStore.Storage;

/// <summary>
/// What every engine's search indexes share: the name index's columns, and the search mark read from the record
/// tables (their seq grows by one with each row; they are append-only, rows are never deleted).
/// </summary>
internal static class SearchTables
{
    private const string MarkSql = """
        SELECT (SELECT COALESCE(MAX(seq), 0) FROM facts) AS facts, (SELECT COALESCE(MAX(seq), 0) FROM stances) AS stances,
            (SELECT COALESCE(MAX(seq), 0) FROM sources) AS sources
        """;

    /// <summary>One INSERT of <paramref name="count"/> names into <c>names_search</c> (see <see cref="IStoreSearch.InsertNames"/>).</summary>
    public static string InsertNames(int count)
    {
        var sql = new StringBuilder("INSERT INTO names_search (name, spelling, entity_id, alias, recorded_at) VALUES ");
        for (var i = 0; i < count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@name{i}, @spelling{i}, @entity{i}, @alias{i}, @recorded)");
        }

        return sql.ToString();
    }

    /// <summary>Where the record tables end now, read in the run's transaction.</summary>
    public static async Task<SearchMark> MarkAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
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
}
