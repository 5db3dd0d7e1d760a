using FactStore.Searching.Fts5;
using FactStore.Storage;
using Npgsql;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// Writes the rows of one index added since a seq: read in batches (Npgsql runs one command at a time on a connection,
/// so a batch is read whole before it is written), tokenized here, inserted in parts; then the index's totals.
/// </summary>
internal static class SearchIndexer
{
    /// <summary>The most rows a batch reads, and about the most bytes of text (a batch has one row at least).</summary>
    private const int BatchRows = 1000;
    private const long BatchBytes = 32L << 20;

    public static async Task IndexAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SearchTable table, long after, CancellationToken cancellationToken)
    {
        long rows = 0, tokens = 0;
        while (await BatchEndAsync(connection, transaction, table, after, cancellationToken).ConfigureAwait(false) is long last)
        {
            var texts = await ReadAsync(connection, transaction, table, after, last, cancellationToken).ConfigureAwait(false);
            var parts = new SearchPartBatch(table, transaction);
            foreach (var (seq, text) in texts)
            {
                rows++;
                foreach (var part in SearchParts.Of(Fts5Tokens.Enumerate(text)))
                {
                    tokens += part.Tokens;
                    await parts.AddAsync(connection, seq, part, cancellationToken).ConfigureAwait(false);
                }
            }

            await parts.FlushAsync(connection, cancellationToken).ConfigureAwait(false);
            after = last;
        }

        if (rows > 0)
        {
            await using var totals = connection.Command("UPDATE search_totals SET row_count = row_count + @rows, token_count = token_count + @tokens WHERE kind = @kind", transaction)
                .With("@rows", rows).With("@tokens", tokens).With("@kind", table.Index);
            await totals.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The last seq of the next batch, by the rows' text sizes (read without the texts); null when none is left.</summary>
    private static async Task<long?> BatchEndAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SearchTable table, long after, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT seq, COALESCE(octet_length({table.Column}), 0) FROM {table.Records} WHERE seq > @after ORDER BY seq LIMIT {BatchRows}", transaction)
            .With("@after", after);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        long? last = null;
        long bytes = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && (last is null || bytes + reader.GetInt32(1) <= BatchBytes))
        {
            (last, bytes) = (reader.GetInt64(0), bytes + reader.GetInt32(1));
        }

        return last;
    }

    private static async Task<List<(long Seq, string? Text)>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SearchTable table, long after, long last, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT seq, {table.Column} FROM {table.Records} WHERE seq > @after AND seq <= @last ORDER BY seq", transaction)
            .With("@after", after).With("@last", last);
        await using var reader = await command.ReaderAsync(cancellationToken).ConfigureAwait(false);
        var texts = new List<(long, string?)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            texts.Add((reader.GetInt64(0), await reader.IsDBNullAsync(1, cancellationToken).ConfigureAwait(false) ? null : reader.GetString(1)));
        }

        return texts;
    }
}
