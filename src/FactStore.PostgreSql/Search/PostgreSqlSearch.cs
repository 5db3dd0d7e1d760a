using System.Data.Common;
using FactStore.Engines;
using FactStore.Searching;
using FactStore.Searching.Fts5;
using FactStore.Storage;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// Search on PostgreSQL that answers as FTS5 does on SQLite: statements, quotes and source texts indexed as FTS5's own
/// tokens (tsvectors under GIN indexes), every phrase a tsquery of its tokens joined by <c>&lt;-&gt;</c>, hits ranked by
/// FTS5's BM25 in SQL and their snippets cut by FTS5's snippet() in C#; names by pg_trgm similarity. User text reaches
/// the server only as parameters.
/// </summary>
internal sealed partial class PostgreSqlSearch : IStoreSearch
{
    /// <summary>The most tokens a snippet holds, as the SQLite engine asks FTS5.</summary>
    private const int SnippetTokens = 24;

    public async Task<IReadOnlyList<SearchRow>> SearchAsync(DbConnection connection, SearchRequest request, CancellationToken cancellationToken)
    {
        var rows = new List<SearchRow>();
        var phrases = new SearchPhrases(request.Phrases);
        var marks = new Fts5Marks(request.MatchStart, request.MatchEnd, request.Cut);

        // The statistics and the hits come from the read's snapshot (the caller's transaction). JIT compiling the
        // per-row BM25 expressions took longer than running them (docs/benchmarks.md), so that transaction does without.
        await using (var setup = connection.Command("SET LOCAL jit = off"))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var table in SearchTable.All.Where(t => phrases.Terms.Count > 0 && request.Scope.HasFlag(t.Scope)))
        {
            if (await SearchStatistics.ReadAsync(connection, table, phrases, cancellationToken).ConfigureAwait(false) is not { } statistics)
            {
                continue;
            }

            await using var command = SearchStatement.Command(connection, table, request, phrases, statistics);
            await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
            var row = new Row(reader, command.CommandText);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var text = row.NullableString("text");
                rows.Add(new SearchRow
                {
                    Kind = table.Kind,
                    Seq = row.Long("seq"),
                    RecordId = row.String("record_id"),
                    FactId = row.NullableString("fact_id"),
                    SourceId = row.NullableString("source_id"),
                    Score = row.NullableDouble("score") ?? 0,
                    Snippet = Fts5Snippet.Cut(text, phrases.Terms, marks, SnippetTokens),
                    Text = table.Kind == SearchHitKind.Statement ? null : text,
                    TextStart = row.NullableInt("text_start"),
                });
            }
        }

        return rows;
    }
}
