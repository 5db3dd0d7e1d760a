using System.Data.Common;

namespace FactStore.Storage;

/// <summary>
/// Inserts whose outcome the writer does not need at once, queued in statement order and sent as one
/// <see cref="DbBatch"/> (one round trip) when the writer next runs a statement that could see them, or when the queue is
/// full. Only for connections that batch (<see cref="DbConnection.CanCreateBatch"/>: PostgreSQL); on one that does not
/// (SQLite, where a round trip costs nothing) the writer runs each insert at once.
/// </summary>
internal sealed class WriteBatch(DbConnection connection, DbTransaction transaction, string input, Func<Exception, bool> isConstraintViolation)
{
    // Enough to amortize a round trip many times over, few enough that the queued values stay small.
    private const int MaxStatements = 500;

    private readonly List<Pending> _pending = [];

    /// <summary>Whether the connection batches; when it does not, nothing may be queued.</summary>
    public bool IsEnabled { get; } = connection.CanCreateBatch;

    /// <summary>How many inserts wait to be sent.</summary>
    public int Count => _pending.Count;

    /// <summary>Whether the queue is full and should be sent before another insert is queued.</summary>
    public bool IsFull => _pending.Count >= MaxStatements;

    /// <summary>
    /// Queues an insert with its parameters (names and database values, in order); <paramref name="done"/> learns whether
    /// it added a row once the batch has run. A refusal is reported for the record named here.
    /// </summary>
    public void Add(string sql, (string Name, object Value)[] parameters, Action<bool> done, int? line, string? recordId) =>
        _pending.Add(new Pending(sql, parameters, done, line, recordId));

    /// <summary>Drops what is queued, unsent and uncounted: for a record whose savepoint is being rolled back.</summary>
    public void Discard() => _pending.Clear();

    /// <summary>
    /// Sends what is queued as one batch, then tells each insert's outcome in order. The queue is emptied whether the
    /// batch succeeds or not: a failed batch leaves the transaction (or the record's savepoint) to be rolled back.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var pending = _pending.ToArray();
        _pending.Clear();
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (sql, parameters, _, _, _) in pending)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        // Prepared, each statement is parsed and planned once per connection instead of once per row.
        await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (isConstraintViolation(e))
        {
            // The record whose insert the database refused, as if its insert had run alone; a driver that does not name
            // the failed command (Npgsql does when IncludeFailedBatchedCommand is set) has it blamed on the batch's first record.
            var failed = e.BatchCommand is { } command ? batch.BatchCommands.IndexOf(command) : -1;
            var (_, _, _, line, recordId) = pending[failed < 0 ? 0 : failed];
            throw DatabaseRefusal.Of(e, input, line, recordId);
        }

        for (var i = 0; i < pending.Length; i++)
        {
            pending[i].Done(batch.BatchCommands[i].RecordsAffected > 0);
        }
    }

    private sealed record Pending(string Sql, (string Name, object Value)[] Parameters, Action<bool> Done, int? Line, string? RecordId);
}
