using System.Data.Common;
using FactStore.Storage.Integrity;
using FactStore.Text;

namespace FactStore.Storage;

/// <summary>
/// Writes the records of one import run inside its transaction: checks what each refers to, anchors quotes,
/// and inserts with <c>ON CONFLICT DO NOTHING</c> so a record the store already has is counted, not duplicated.
/// </summary>
internal sealed partial class RecordWriter : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _runId;
    private readonly string _recordedAt;
    private readonly string _input;
    private int? _line;
    private string? _recordId;
    private readonly IStoreSearch _search;
    private readonly Dictionary<string, (DbCommand Command, InsertShape Shape)> _commands = [];
    private readonly Dictionary<string, DbCommand> _queries = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnchoringText?> _sourceTexts = new(StringComparer.Ordinal);
    private readonly RunDigest _digest = new();
    private readonly WriteBatch _batch;

    // Ids the store gave records that differ from the ids their importer computed (a stance is identified once its
    // citation is anchored; a fact whose statement key is known becomes a correction), so that later records of the
    // run that refer to the importer's id reach the stored record.
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);

    public RecordWriter(
        DbConnection connection,
        DbTransaction transaction,
        string runId,
        DateTimeOffset recordedAt,
        string input,
        ImportLimits limits,
        IStoreSearch search,
        Func<Exception, bool> isConstraintViolation)
    {
        _batch = new WriteBatch(connection, transaction, input, isConstraintViolation);
        _search = search;
        _connection = connection;
        _transaction = transaction;
        _runId = runId;
        _recordedAt = StoreTime.Write(recordedAt);
        _input = input;
        _limits = limits;
    }

    public int SourcesAdded { get; private set; }

    public int LocatorsAdded { get; private set; }

    public int EntitiesAdded { get; private set; }

    public int AliasesAdded { get; private set; }

    public int FactsAdded { get; private set; }

    public int StancesAdded { get; private set; }

    public int RetractionsAdded { get; private set; }

    public int RedactionsAdded { get; private set; }

    public int Unchanged { get; private set; }

    public async Task WriteAsync(StoreRecord record, int? line, CancellationToken cancellationToken)
    {
        try
        {
            await WriteCheckedAsync(record, line, cancellationToken).ConfigureAwait(false);
        }
        catch (FactStoreException) when (_batch.Count > 0)
        {
            // An earlier record's queued insert would have failed before this record was read: its refusal comes first.
            await _batch.FlushAsync(cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs the inserts still queued (<see cref="WriteBatch"/>); a refusal names the record the insert was of.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => _batch.FlushAsync(cancellationToken);

    private async Task WriteCheckedAsync(StoreRecord record, int? line, CancellationToken cancellationToken)
    {
        try
        {
            record.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InvalidRecordException(e.Message, _input, line, record.Id, e);
        }

        CheckLimits(record, line);
        (_line, _recordId) = (line, record.Id);
        await MarkSearchAsync(cancellationToken).ConfigureAwait(false);
        if (!_recordOpen)
        {
            await IndexNamesAsync(all: false, cancellationToken).ConfigureAwait(false);
        }

        await WriteValidAsync(record, line, cancellationToken).ConfigureAwait(false);
    }

    private Task WriteValidAsync(StoreRecord record, int? line, CancellationToken cancellationToken) => record switch
    {
        Source source => WriteSourceAsync(source, line, cancellationToken),
        Entity entity => WriteEntityAsync(entity, cancellationToken),
        Fact fact => WriteFactAsync(fact, line, cancellationToken),
        Stance stance => WriteStanceAsync(stance, line, cancellationToken),
        Retraction retraction => WriteRetractionAsync(retraction, line, cancellationToken),
        Redaction redaction => WriteRedactionAsync(redaction, line, cancellationToken),
        _ => throw new InvalidRecordException($"FactStore cannot store a {record.GetType().Name}.", _input, line),
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values.Select(c => c.Command).Concat(_queries.Values))
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> InsertAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await _batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (!_commands.TryGetValue(sql, out var prepared))
        {
            var shape = InsertShape.Of(sql);
            var command = _connection.Command(sql, _transaction);
            foreach (var (name, _) in values)
            {
                command.With(name, null);
            }

            command.With("@run", _runId).With("@recorded", _recordedAt);
            if (shape.HasExcerptHash)
            {
                command.With("@excerptHash", null);
            }

            if (shape.IsHashed)
            {
                command.With("@rowHash", null);
            }

            command.Prepare();
            _commands[sql] = prepared = (command, shape);
        }

        // The parameters were added in the order of the values, so they are set by position: a lookup by name is a
        // linear search, and this runs for every row.
        var (insert, insertShape) = prepared;
        var parameters = insert.Parameters;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Value is string text && StorableText.Problem(text) is string problem)
            {
                throw new InvalidRecordException($"its {values[i].Name.TrimStart('@')} holds {problem}, which no store keeps faithfully", _input, _line, _recordId);
            }

            parameters[i].Value = DbCommandExtensions.DbValue(values[i].Value);
        }

        if (!insertShape.IsHashed)
        {
            return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }

        var (excerptHash, rowHash) = insertShape.Hash(name => Parameter(name, values));
        if (insertShape.HasExcerptHash)
        {
            parameters[values.Length + 2].Value = excerptHash;
        }

        parameters[^1].Value = rowHash;
        if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        _digest.Add(insertShape.Table, rowHash);
        if (_recordOpen)
        {
            _undo.Add(() => _digest.Remove(insertShape.Table, rowHash));
        }

        return true;
    }

    /// <summary>
    /// Inserts a row of a record whose outcome the writer only counts (<paramref name="done"/> learns whether it added the
    /// row): queued when the connection batches, run at once when it does not. Only facts, stances and retractions are
    /// queued, so that the lookups which read neither (<see cref="ReadsQueuedRows"/>) need not wait for them.
    /// </summary>
    private async Task InsertLaterAsync(string sql, Action<bool> done, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        if (!_batch.IsEnabled)
        {
            done(await InsertAsync(sql, cancellationToken, values).ConfigureAwait(false));
            return;
        }

        var shape = InsertShape.Of(sql);
        if (shape.Table is not ("facts" or "stances" or "retractions"))
        {
            throw new InvalidOperationException($"An insert into {shape.Table} cannot wait: lookups do not flush for it.");
        }

        if (_batch.IsFull)
        {
            await _batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        // The same parameters, in the same order, as the prepared insert of InsertAsync.
        var parameters = new (string Name, object Value)[values.Length + 2 + (shape.HasExcerptHash ? 1 : 0) + (shape.IsHashed ? 1 : 0)];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Value is string text && StorableText.Problem(text) is string problem)
            {
                throw new InvalidRecordException($"its {values[i].Name.TrimStart('@')} holds {problem}, which no store keeps faithfully", _input, _line, _recordId);
            }

            parameters[i] = (values[i].Name, DbCommandExtensions.DbValue(values[i].Value));
        }

        parameters[values.Length] = ("@run", _runId);
        parameters[values.Length + 1] = ("@recorded", _recordedAt);
        string? rowHash = null;
        if (shape.IsHashed)
        {
            (var excerptHash, rowHash) = shape.Hash(name => Parameter(name, values));
            if (shape.HasExcerptHash)
            {
                parameters[values.Length + 2] = ("@excerptHash", DbCommandExtensions.DbValue(excerptHash));
            }

            parameters[^1] = ("@rowHash", rowHash);
        }

        _batch.Add(sql, parameters, added =>
        {
            if (added && rowHash is not null)
            {
                _digest.Add(shape.Table, rowHash);
                if (_recordOpen)
                {
                    _undo.Add(() => _digest.Remove(shape.Table, rowHash));
                }
            }

            done(added);
        }, _line, _recordId);
    }

    /// <summary>
    /// Whether a lookup may read rows of the tables whose inserts wait in the queue (facts, stances, retractions), so
    /// that the queue must run first; the existence checks of sources and entities read neither.
    /// </summary>
    private static bool ReadsQueuedRows(string sql) => sql is not (Sql.SourceExists or Sql.EntityExists);

    /// <summary>What the run's rows add up to, for its hash chain link (<see cref="RunDigest"/>).</summary>
    public RunDigest Digest => _digest;

    private object? Parameter(string name, (string Name, object? Value)[] values)
    {
        switch (name)
        {
            case "@run":
                return _runId;
            case "@recorded":
                return _recordedAt;
        }

        foreach (var (given, value) in values)
        {
            if (given == name)
            {
                return value;
            }
        }

        throw new InvalidOperationException($"The insert has no value for {name}.");
    }

    private bool IsRenamed(string? id) => id is not null && _renamed.ContainsKey(id);

    private string? StoredId(string? id) => id is not null && _renamed.TryGetValue(id, out var stored) ? stored : id;

    private void Rename(string givenId, string storedId)
    {
        if (givenId != storedId)
        {
            Remember(_renamed, givenId, storedId);
        }
    }

    private async Task<object?> ScalarAsync(string sql, (string Name, object? Value) parameter, CancellationToken cancellationToken, params (string Name, object? Value)[] more)
    {
        if (ReadsQueuedRows(sql))
        {
            await _batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        var command = Prepared(sql, more.Length + 1, i => i == 0 ? parameter.Name : more[i - 1].Name);
        command.Parameters[0].Value = DbCommandExtensions.DbValue(parameter.Value);
        for (var i = 0; i < more.Length; i++)
        {
            command.Parameters[i + 1].Value = DbCommandExtensions.DbValue(more[i].Value);
        }

        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A query the writer runs for many records, prepared once per run with its parameters in a fixed order (set them
    /// by position); <c>@recorded</c> is added when the statement uses it. Preparing a statement costs more than running it.
    /// </summary>
    private DbCommand Prepared(string sql, int count, Func<int, string> parameterName)
    {
        if (!_queries.TryGetValue(sql, out var command))
        {
            command = _connection.Command(sql, _transaction);
            for (var i = 0; i < count; i++)
            {
                command.With(parameterName(i), null);
            }

            if (sql.Contains("@recorded", StringComparison.Ordinal))
            {
                command.With("@recorded", _recordedAt);
            }

            command.Prepare();
            _queries[sql] = command;
        }

        return command;
    }

    private async Task<bool> ExistsAsync(string table, string id, CancellationToken cancellationToken)
    {
        if (_known.Contains(table + ":" + id))
        {
            return true;
        }

        var sql = table switch
        {
            "sources" => Sql.SourceExists,
            "entities" => Sql.EntityExists,
            "facts" => Sql.FactExists,
            _ => Sql.StanceExists,
        };
        var exists = await ScalarAsync(sql, ("@id", id), cancellationToken).ConfigureAwait(false) is not null;
        if (exists)
        {
            Known(table + ":" + id);
        }

        return exists;
    }

    private async Task RequireAsync(string table, string? id, string role, string recordId, int? line, CancellationToken cancellationToken)
    {
        if (id is not null && !await ExistsAsync(table, id, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidRecordException(
                $"its {role} {id} is neither in the store nor earlier in this import; import it first", _input, line, recordId);
        }
    }

    /// <summary>
    /// A correction must supersede the latest version: a record that already has a standing correction cannot get a
    /// second one, or two versions would both be current.
    /// </summary>
    private async Task RequireLatestAsync(string sql, string? supersedes, string recordId, int? line, CancellationToken cancellationToken)
    {
        if (supersedes is null)
        {
            return;
        }

        if (await ScalarAsync(sql, ("@id", supersedes), cancellationToken).ConfigureAwait(false) is string correction && correction != recordId)
        {
            throw new InvalidRecordException(
                $"it supersedes {supersedes}, which {correction} already supersedes; supersede {correction} instead", _input, line, recordId);
        }
    }

    /// <summary>
    /// Counts a record whose row may have been known, but which may have brought something new to it (a source's
    /// locator, an entity's alias, label, description or external id): such a record changed the store, so it is not
    /// counted unchanged; what it added is counted where it belongs.
    /// </summary>
    private void CountKnown(bool added, bool gained, Action increment, string table, string id)
    {
        if (!added && gained)
        {
            Known(table + ":" + id);
            return;
        }

        Count(added, increment, table, id);
    }

    private void Count(bool added, Action increment, string table, string id)
    {
        Known(table + ":" + id);
        Tally(added, increment);
    }

    /// <summary>Counts a record as added or unchanged.</summary>
    private void Tally(bool added, Action increment)
    {
        if (added)
        {
            increment();
        }
        else
        {
            Unchanged++;
        }
    }
}
