using System.Data.Common;
using System.Security.Cryptography;
using FactStore.Identity;
using FactStore.Storage;

namespace FactStore;

public sealed partial class FactStoreDatabase
{
    private const string ManualImporter = "manual";

    /// <inheritdoc/>
    public Task<ImportResult> ImportAsync(string importerName, ImportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(importerName);
        return _importers.TryGetValue(importerName, out var importer)
            ? ImportAsync(importer, input, cancellationToken)
            : throw new ArgumentException(
                $"No importer is named '{importerName}'. Registered: {string.Join(", ", _importers.Keys.Order(StringComparer.Ordinal))}.",
                nameof(importerName));
    }

    /// <inheritdoc/>
    public async Task<ImportResult> ImportAsync(IFactImporter importer, ImportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(input);
        string inputHash;
        await using (var stream = input.Open())
        {
            inputHash = "sha256:" + Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }

        var runId = ContentId.Create("run", importer.Name, importer.Version, input.Name, inputHash);
        return await WriteRunAsync(runId, importer.Name, importer.Version, input.Name, inputHash, importer.ReadAsync(input, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
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

        // A manual write is not an input that can be imported again, so its run gets a fresh id.
        var inputHash = "random:" + Guid.NewGuid().ToString("N");
        var runId = ContentId.Create("run", ManualImporter, "1", ManualImporter, inputHash);
        return await WriteRunAsync(runId, ManualImporter, "1", ManualImporter, inputHash, Items(list), cancellationToken).ConfigureAwait(false);

        static async IAsyncEnumerable<ImportItem> Items(List<StoreRecord> records)
        {
            foreach (var record in records)
            {
                yield return new ImportItem { Record = record };
            }

            await Task.CompletedTask.ConfigureAwait(false);
        }
    }

    private async Task<ImportResult> WriteRunAsync(
        string runId,
        string importer,
        string version,
        string input,
        string inputHash,
        IAsyncEnumerable<ImportItem> items,
        CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await _dialect.PrepareForWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var exists = connection.Command(Sql.RunExists, transaction).With("@id", runId))
            {
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
                {
                    return new ImportResult { ImportRunId = runId, Input = input, AlreadyImported = true };
                }
            }

            var recordedAt = await RecordTimeAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            ImportResult result;
            await using (var writer = new RecordWriter(connection, transaction, runId, recordedAt, input))
            {
                await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    try
                    {
                        await writer.WriteAsync(item.Record, item.Line, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (_dialect.IsConstraintViolation(e))
                    {
                        throw new InvalidRecordException($"the database refused it: {e.Message}", input, item.Line, item.Record.Id, e);
                    }
                }

                result = new ImportResult
                {
                    ImportRunId = runId,
                    Input = input,
                    SourcesAdded = writer.SourcesAdded,
                    LocatorsAdded = writer.LocatorsAdded,
                    EntitiesAdded = writer.EntitiesAdded,
                    AliasesAdded = writer.AliasesAdded,
                    FactsAdded = writer.FactsAdded,
                    StancesAdded = writer.StancesAdded,
                    RetractionsAdded = writer.RetractionsAdded,
                    RedactionsAdded = writer.RedactionsAdded,
                    Unchanged = writer.Unchanged,
                };
            }

            // Written last, with its counts: the records' foreign keys to it are checked at commit.
            await using (var runRow = connection.Command(Sql.InsertRun, transaction)
                .With("@id", runId).With("@importer", importer).With("@version", version).With("@input", input)
                .With("@hash", inputHash).With("@recorded", StoreTime.Write(recordedAt))
                .With("@sources", result.SourcesAdded).With("@locators", result.LocatorsAdded).With("@entities", result.EntitiesAdded)
                .With("@aliases", result.AliasesAdded).With("@facts", result.FactsAdded).With("@stances", result.StancesAdded)
                .With("@retractions", result.RetractionsAdded).With("@redactions", result.RedactionsAdded).With("@unchanged", result.Unchanged))
            {
                await runRow.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (result.RedactionsAdded > 0 || _purgePending)
            {
                // The redaction is committed; a purge that other readers hold up, or that fails, is retried at the
                // next write and on dispose.
                try
                {
                    _purgePending = !await _dialect.PurgeErasedContentAsync(connection, CancellationToken.None).ConfigureAwait(false);
                }
                catch (DbException)
                {
                    _purgePending = true;
                }
            }

            return result;
        }
        catch (DbException e) when (!_dialect.IsConstraintViolation(e))
        {
            throw new StoreAccessException($"Importing {input} into {_dialect.DisplayName} failed in the database; nothing of it was written: {e.Message}", _dialect.DisplayName, e);
        }
        finally
        {
            _writeLock.Release();
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
}
