using FactStore.Storage;
using Npgsql;

namespace FactStore.PostgreSql.Search;

/// <summary>
/// Parts waiting to be inserted, sent as arrays in one statement each few megabytes. A vector travels in tsvector's
/// text form and is read by PostgreSQL's own tsvector input (a cast, not to_tsvector: no parser or dictionary runs):
/// Npgsql 10 has no public way to build an NpgsqlTsVector from lexemes, and its client-side Parse is obsolete.
/// </summary>
internal sealed class SearchPartBatch(SearchTable table, NpgsqlTransaction transaction)
{
    private const int FlushChars = 8 << 20;

    private readonly List<long> _seqs = [];
    private readonly List<int> _parts = [];
    private readonly List<string> _words = [];
    private readonly List<int> _leads = [];
    private readonly List<int> _tokens = [];
    private long _chars;

    public async Task AddAsync(NpgsqlConnection connection, long seq, SearchPart part, CancellationToken cancellationToken)
    {
        _seqs.Add(seq);
        _parts.Add(part.Part);
        _words.Add(part.Words);
        _leads.Add(part.Lead);
        _tokens.Add(part.Tokens);
        _chars += part.Words.Length;
        if (_chars >= FlushChars)
        {
            await FlushAsync(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (_seqs.Count == 0)
        {
            return;
        }

        await using (var command = connection.Command(
            $"""
            INSERT INTO {table.Index} (seq, part, words, lead, tokens)
            SELECT p.seq, p.part, p.words::tsvector, p.lead, p.tokens
            FROM unnest(@seqs::bigint[], @parts::integer[], @words::text[], @leads::integer[], @tokens::integer[]) AS p (seq, part, words, lead, tokens)
            """, transaction).With("@seqs", _seqs.ToArray()).With("@parts", _parts.ToArray()).With("@words", _words.ToArray())
            .With("@leads", _leads.ToArray()).With("@tokens", _tokens.ToArray()))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        _seqs.Clear();
        _parts.Clear();
        _words.Clear();
        _leads.Clear();
        _tokens.Clear();
        _chars = 0;
    }
}
