namespace FactStore.Storage;

/// <summary>
/// The search side of the writer. A run's names are indexed in batches and its statements, quotes and source texts in
/// one go before it commits (<see cref="IStoreSearch"/>): an index written row by row inside one transaction is built of
/// one tiny segment per row.
/// </summary>
internal sealed partial class RecordWriter
{
    private const int NamesPerBatch = 200;

    private readonly List<(string Entity, string Alias, string Name, string Spelling)> _pendingNames = [];
    private SearchMark? _searchMark;
    private string? _fullBatchSql;
    private int _pendingNamesAtRecordStart;

    /// <summary>Indexes what the run wrote and has not indexed yet; call before the run commits.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await IndexNamesAsync(all: true, cancellationToken).ConfigureAwait(false);
        await IndexSearchAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Before the run's first row: where the search indexes end.</summary>
    private async Task MarkSearchAsync(CancellationToken cancellationToken) =>
        _searchMark ??= await _search.MarkAsync(_connection, _transaction, cancellationToken).ConfigureAwait(false);

    private async Task IndexSearchAsync(CancellationToken cancellationToken)
    {
        if (_searchMark is not SearchMark mark)
        {
            return;
        }

        var before = _searchMark;
        await _batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        _searchMark = await _search.IndexSinceAsync(_connection, _transaction, mark, cancellationToken).ConfigureAwait(false);
        if (_recordOpen)
        {
            // A skipped record's savepoint undoes this indexing too: its rows are then indexed again later.
            _undo.Add(() => _searchMark = before);
        }
    }

    /// <summary>Writes full batches of names (all of them at the end), only between records: a skipped record takes back its own names.</summary>
    private async Task IndexNamesAsync(bool all, CancellationToken cancellationToken)
    {
        while (_pendingNames.Count >= NamesPerBatch || (all && _pendingNames.Count > 0))
        {
            await _batch.FlushAsync(cancellationToken).ConfigureAwait(false);
            var count = Math.Min(_pendingNames.Count, NamesPerBatch);
            var sql = count == NamesPerBatch ? _fullBatchSql ??= _search.InsertNames(count) : _search.InsertNames(count);
            var command = Prepared(sql, count * 4, i => $"@{(i % 4) switch { 0 => "name", 1 => "spelling", 2 => "entity", _ => "alias" }}{i / 4}");
            var parameters = command.Parameters;
            for (var i = 0; i < count; i++)
            {
                var (entity, alias, name, spelling) = _pendingNames[i];
                parameters[i * 4].Value = name;
                parameters[(i * 4) + 1].Value = spelling;
                parameters[(i * 4) + 2].Value = entity;
                parameters[(i * 4) + 3].Value = alias;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _pendingNames.RemoveRange(0, count);
        }
    }
}
