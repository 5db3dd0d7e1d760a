using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using FactStore.Identity;
using FactStore.Storage;
using FactStore.Storage.Integrity;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    private const string ManualImporter = "manual";

    /// <summary>How many times a run is tried when the engine reports a transient failure.</summary>
    private const int TransientTries = 5;

    /// <inheritdoc/>
    public Task<ImportResult> ImportAsync(string importerName, ImportInput input, CancellationToken cancellationToken = default) =>
        ImportAsync(importerName, input, ImportOptions.Default, cancellationToken);

    /// <inheritdoc/>
    public Task<ImportResult> ImportAsync(string importerName, ImportInput input, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(importerName);
        return _importers.TryGetValue(importerName, out var importer)
            ? ImportAsync(importer, input, options, cancellationToken)
            : throw new ArgumentException(
                $"No importer is named '{importerName}'. Registered: {string.Join(", ", _importers.Keys.Order(StringComparer.Ordinal))}.",
                nameof(importerName));
    }

    /// <inheritdoc/>
    public Task<ImportResult> ImportAsync(IFactImporter importer, ImportInput input, CancellationToken cancellationToken = default) =>
        ImportAsync(importer, input, ImportOptions.Default, cancellationToken);

    /// <inheritdoc/>
    public Task<ImportResult> ImportAsync(IFactImporter importer, ImportInput input, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var run = new RunInput(importer.Name, importer.Version, importer.Configuration, input.WithLimits(options.Limits));
        return WriteRunAsync(run, WriteKind.Import, options, () => importer.ReadAsync(run.Input!, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<ImportResult> WriteAsync(IEnumerable<StoreRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentException("A record is null.", nameof(records));
        }

        // A manual write is not an input that can be imported again: its fingerprint is unique.
        var random = "random:" + Guid.NewGuid().ToString("N");
        var run = new RunInput(ManualImporter, "1", null, null) { Hash = random, Fingerprint = random };
        return await WriteRunAsync(run, WriteKind.Direct, ImportOptions.Default, () => Items(list), cancellationToken).ConfigureAwait(false);

        static async IAsyncEnumerable<ImportItem> Items(List<StoreRecord> records)
        {
            foreach (var record in records)
            {
                yield return new ImportItem { Record = record };
            }

            await Task.CompletedTask.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes one run, reading its items again from the start when the engine reports a transient failure (a deadlock
    /// or serialization failure on a server), a bounded number of times: such a failure never reaches the caller while
    /// a try is left.
    /// </summary>
    private async Task<ImportResult> WriteRunAsync(
        RunInput run, WriteKind kind, ImportOptions options, Func<IAsyncEnumerable<ImportItem>> items, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteRunOnceAsync(run, kind, options, items(), cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e) when (_engine.IsTransient(e))
            {
                if (attempt == TransientTries)
                {
                    throw new StoreAccessException(
                        $"Importing {run.Name} into {_engine.DisplayName} failed {TransientTries} times on a conflict with other sessions; nothing of it was written: {e.Message}",
                        _engine.DisplayName,
                        e);
                }

                await Task.Delay(Random.Shared.Next(10, 50 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Writes one run in one transaction. The input is read once, by the importer; its hash, and so the run's
    /// fingerprint, is known at the end: an input already imported is then rolled back and reported as such.
    /// </summary>
    private async Task<ImportResult> WriteRunOnceAsync(RunInput run, WriteKind kind, ImportOptions options, IAsyncEnumerable<ImportItem> items, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        if (_engine.IsReadOnly)
        {
            throw new InvalidOperationException($"{DatabasePath} was opened read-only (FactStoreOptions.ReadOnly): open it without ReadOnly to write.");
        }

        // Writers of this process take turns as writers of other processes do: through the engine's coordinator.
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var turn = await _engine.Writers.EnterWriteTurnAsync(connection, kind, cancellationToken).ConfigureAwait(false);
            await _engine.PrepareForWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var recordedAt = await RecordTimeAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var runId = ContentId.Create("run", run.Importer, run.Version, run.Configuration, run.Name, StoreTime.Write(recordedAt));
            ImportResult result;
            RunDigest digest;
            await using (var writer = new RecordWriter(connection, transaction, runId, recordedAt, run.Name, options.Limits, _engine.Search, _engine.IsConstraintViolation))
            {
                try
                {
                    await WriteItemsAsync(writer, run, options, items, cancellationToken).ConfigureAwait(false);
                }
                catch (FactStoreException) when (!options.Force)
                {
                    // The same input may fail now (e.g. it cites a source redacted since) but have been imported whole before.
                    // The run is rolled back first: on PostgreSQL a row the database refused leaves its transaction unable to read.
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    if (await ImportedBeforeAsync(connection, null, run, cancellationToken).ConfigureAwait(false) is string earlier)
                    {
                        return new ImportResult { ImportRunId = earlier, Input = run.Name, AlreadyImported = true };
                    }

                    throw;
                }

                if (!options.Force && await ImportedBeforeAsync(connection, transaction, run, cancellationToken).ConfigureAwait(false) is string imported)
                {
                    return new ImportResult { ImportRunId = imported, Input = run.Name, AlreadyImported = true };
                }

                if (!options.DryRun)
                {
                    await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                }

                await FingerprintAsync(run, cancellationToken).ConfigureAwait(false);
                result = writer.Result(runId, options.DryRun);
                digest = writer.Digest;
            }

            if (options.DryRun)
            {
                return result;
            }

            // Written last, with its counts: the records' foreign keys to it are checked at commit.
            var committing = await _engine.Writers.EnterCommitAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await RunLink.WriteAsync(connection, transaction, new Dictionary<string, object?>
            {
                ["@id"] = runId, ["@importer"] = run.Importer, ["@version"] = run.Version, ["@input"] = run.Name,
                ["@hash"] = run.Hash, ["@recorded"] = StoreTime.Write(recordedAt),
                ["@sources"] = result.SourcesAdded, ["@locators"] = result.LocatorsAdded, ["@entities"] = result.EntitiesAdded,
                ["@aliases"] = result.AliasesAdded, ["@facts"] = result.FactsAdded, ["@stances"] = result.StancesAdded,
                ["@retractions"] = result.RetractionsAdded, ["@redactions"] = result.RedactionsAdded, ["@unchanged"] = result.Unchanged,
                ["@fingerprint"] = run.Fingerprint, ["@skipped"] = result.Skipped.Count,
                ["@skippedRecords"] = RecordColumns.Skipped(result.Skipped),
            }, digest, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (committing is not null)
            {
                await committing.DisposeAsync().ConfigureAwait(false);
            }

            if (result.RedactionsAdded > 0 || _purgePending)
            {
                // The redaction is committed; a purge that other readers hold up, or that fails, is retried at the
                // next write and on dispose.
                try
                {
                    _purgePending = !await _engine.PurgeErasedContentAsync(connection, CancellationToken.None).ConfigureAwait(false);
                }
                catch (DbException)
                {
                    _purgePending = true;
                }
            }

            return result;
        }
        catch (DbException e) when (!_engine.IsConstraintViolation(e) && !_engine.IsTransient(e))
        {
            throw new StoreAccessException($"Importing {run.Name} into {_engine.DisplayName} failed in the database; nothing of it was written: {e.Message}", _engine.DisplayName, e);
        }
    }

    /// <summary>Writes every item; a bad one aborts, or with <see cref="ImportOptions.SkipBadRecords"/> is undone, skipped and reported.</summary>
    private async Task WriteItemsAsync(RecordWriter writer, RunInput run, ImportOptions options, IAsyncEnumerable<ImportItem> items, CancellationToken cancellationToken)
    {
        var progress = new ProgressReporter(options.Progress, run.Input);
        var lastLine = (int?)null;
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ImportItem item;
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }

                item = enumerator.Current;
            }
            catch (Exception e) when (e is not (FactStoreException or OperationCanceledException))
            {
                throw new InvalidRecordException(
                    $"the importer '{run.Importer}' failed{(lastLine is int l ? $" after line {l}" : "")}: {e.GetType().Name}: {ImportLimits.Excerpt(e.Message)}",
                    run.Name,
                    lastLine,
                    innerException: e);
            }

            lastLine = item.Line ?? lastLine;
            progress.Read();
            await WriteItemAsync(writer, run, options, item, cancellationToken).ConfigureAwait(false);
        }

        // The inserts still queued run now, so that a refusal of one aborts here like any other bad record.
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        progress.Done();
    }

    private async Task WriteItemAsync(RecordWriter writer, RunInput run, ImportOptions options, ImportItem item, CancellationToken cancellationToken)
    {
        if (item.Record is not StoreRecord record)
        {
            var problem = new InvalidRecordException(item.Problem ?? "the importer yielded an item with no record", run.Name, item.Line);
            if (!options.SkipBadRecords)
            {
                throw problem;
            }

            writer.Skip(problem, item.Line, item.RecordType);
            return;
        }

        if (!options.SkipBadRecords)
        {
            await WriteRecordAsync(writer, run, record, item.Line, cancellationToken).ConfigureAwait(false);
            return;
        }

        await writer.BeginRecordAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteRecordAsync(writer, run, record, item.Line, cancellationToken).ConfigureAwait(false);
            await writer.KeepRecordAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (FactStoreException e) when (e is InvalidRecordException or CitationNotFoundException)
        {
            await writer.UndoRecordAsync(cancellationToken).ConfigureAwait(false);
            writer.Skip(e, item.Line, RecordColumns.TypeName(record));
        }
    }

    private async Task WriteRecordAsync(RecordWriter writer, RunInput run, StoreRecord record, int? line, CancellationToken cancellationToken)
    {
        try
        {
            await writer.WriteAsync(record, line, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (_engine.IsConstraintViolation(e))
        {
            throw DatabaseRefusal.Of(e, run.Name, line, record.Id);
        }
    }

    /// <summary>The run that already imported this input, found by its fingerprint.</summary>
    private static async Task<string?> ImportedBeforeAsync(DbConnection connection, DbTransaction? transaction, RunInput run, CancellationToken cancellationToken)
    {
        await FingerprintAsync(run, cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(Sql.RunByFingerprint, transaction).With("@fingerprint", run.Fingerprint);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Sets the run's input hash and fingerprint, hashing the input now if its reading did not.</summary>
    private static async Task FingerprintAsync(RunInput run, CancellationToken cancellationToken)
    {
        if (run.Input is ImportInput input && run.Fingerprint is null)
        {
            var hash = input.ContentHash;
            if (hash is null)
            {
                await using var stream = input.Open();
                hash = "sha256:" + Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
            }

            run.Hash = hash;

            // Without a configuration, the first release's run id: an input it imported is recognised.
            run.Fingerprint = run.Configuration is null
                ? ContentId.Create("run", run.Importer, run.Version, run.Name, hash)
                : ContentId.Create("run", run.Importer, run.Version, run.Name, hash, "configuration:" + run.Configuration);
        }
    }

    /// <summary>
    /// The time this run's records are stamped with: the clock, but never earlier than the last run, so that "known at"
    /// stays in order when a clock is set back (its runs are then stamped one tick apart).
    /// </summary>
    private async Task<DateTimeOffset> RecordTimeAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var command = connection.Command(Sql.LastRunTime, transaction);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string last && StoreTime.Read(last) is var previous && previous >= now
            ? previous.AddTicks(1)
            : now;
    }

    /// <summary>What a run is of: importer, version, configuration and input; its hash and fingerprint once read.</summary>
    private sealed class RunInput(string importer, string version, string? configuration, ImportInput? input)
    {
        public string Importer => importer;

        public string Version => version;

        public string? Configuration => configuration;

        public ImportInput? Input => input;

        public string Name => input?.Name ?? ManualImporter;

        public string? Hash { get; set; }

        public string? Fingerprint { get; set; }
    }

    /// <summary>Reports progress a few times a second at most, and once at the end.</summary>
    private sealed class ProgressReporter(IProgress<ImportProgress>? progress, ImportInput? input)
    {
        private static readonly long Interval = Stopwatch.Frequency / 5;
        private long _records;
        private long _last = Stopwatch.GetTimestamp();

        public void Read()
        {
            _records++;
            if (progress is not null && Stopwatch.GetTimestamp() - _last >= Interval)
            {
                Report();
            }
        }

        public void Done()
        {
            if (progress is not null)
            {
                Report();
            }
        }

        private void Report()
        {
            _last = Stopwatch.GetTimestamp();
            progress!.Report(new ImportProgress { Records = _records, BytesRead = input?.BytesRead ?? 0, TotalBytes = input?.Length });
        }
    }
}
