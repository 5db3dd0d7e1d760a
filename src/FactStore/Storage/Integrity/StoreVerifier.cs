using System.Data.Common;

namespace FactStore.Storage.Integrity;

/// <summary>
/// Checks a whole store (docs/reliability.md): every row against its row hash, every excerpt against its hash, every
/// run against the digest of its rows and its link to the run before, every run's counts, every citation's offsets
/// against its source's text, and the append-only triggers. Reads row by row: memory grows with the number of runs only.
/// </summary>
internal sealed class StoreVerifier(IStoreEngine dialect, DbConnection connection)
{
    // The count column of a run for the rows of each table it counts (aliases_added leaves out the label's own alias row).
    private static readonly Dictionary<string, string> CountColumns = new(StringComparer.Ordinal)
    {
        ["sources"] = "sources_added", ["source_locators"] = "locators_added", ["entities"] = "entities_added",
        ["facts"] = "facts_added", ["stances"] = "stances_added", ["retractions"] = "retractions_added", ["redactions"] = "redactions_added",
    };

    private readonly List<IntegrityFinding> _findings = [];
    private readonly Dictionary<string, RunDigest> _digests = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Run, string Table), long> _counts = [];
    private HashSet<string> _redacted = new(StringComparer.Ordinal);
    private long _rows;

    private DbTransaction? _transaction;

    /// <summary>Checks the triggers, then everything else in one read transaction (one snapshot of the store).</summary>
    public async Task<VerificationReport> RunAsync(CancellationToken cancellationToken)
    {
        await CheckTriggersAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
        _transaction = transaction;
        _redacted = await ReadSetAsync("SELECT target_id FROM redactions", cancellationToken).ConfigureAwait(false);
        foreach (var table in dialect.Schema.RecordTables)
        {
            await CheckRowsAsync(table, cancellationToken).ConfigureAwait(false);
        }

        var (runs, head) = await CheckRunsAsync(cancellationToken).ConfigureAwait(false);
        var citations = await CheckCitationsAsync(cancellationToken).ConfigureAwait(false);
        return new VerificationReport { Findings = _findings, RowsChecked = _rows, RunsChecked = runs, CitationsChecked = citations, ChainHead = head };
    }

    private void Find(IntegrityFindingKind kind, string table, string? recordId, string message) =>
        _findings.Add(new IntegrityFinding { Kind = kind, Table = table, RecordId = recordId, Message = message });

    private async Task CheckTriggersAsync(CancellationToken cancellationToken)
    {
        var triggers = await dialect.Schema.ReadTriggerNamesAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var table in dialect.Schema.RecordTables.Append("import_runs"))
        {
            foreach (var trigger in (string[])[$"{table}_append_only_update", $"{table}_append_only_delete"])
            {
                if (!triggers.Contains(trigger))
                {
                    Find(IntegrityFindingKind.TriggerMissing, table, null, $"the trigger {trigger} is missing: rows of {table} could be changed or deleted in place");
                }
            }
        }
    }

    private async Task CheckRowsAsync(string table, CancellationToken cancellationToken)
    {
        await using var read = connection.Command($"SELECT * FROM {table}", _transaction);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hasher = new StoredRowHasher(table, reader);
        var run = reader.GetOrdinal("run_id");
        var seq = Ordinal(reader, "seq");
        var id = Ordinal(reader, "id");
        var owner = Ordinal(reader, "entity_id") is var entity and >= 0 ? entity : Ordinal(reader, "source_id");
        var redactionTarget = table == "stances" ? Ordinal(reader, "source_id") : id;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            _rows++;
            var recordId = id >= 0 ? reader.GetString(id) : owner >= 0 ? reader.GetString(owner) : null;
            var where = seq >= 0 ? "" : $" (its {(owner >= 0 ? table.Replace("entity_", "").Replace("source_", "").TrimEnd('s') : "row")} row)";
            var stored = reader.IsDBNull(hasher.RowHashOrdinal) ? null : reader.GetString(hasher.RowHashOrdinal);
            if (stored is null)
            {
                Find(IntegrityFindingKind.RowChanged, table, recordId, $"the row{where} has no row hash: it was written outside FactStore");
            }
            else if (hasher.RowHashOf(reader) != stored)
            {
                Find(IntegrityFindingKind.RowChanged, table, recordId, $"a column of the row{where} was changed outside FactStore: it no longer matches its row hash");
            }

            if (hasher.HasExcerptHash)
            {
                CheckExcerpt(table, reader, hasher, recordId, reader.GetString(redactionTarget));
            }

            var runId = reader.GetString(run);
            if (stored is not null)
            {
                if (!_digests.TryGetValue(runId, out var digest))
                {
                    _digests[runId] = digest = new RunDigest();
                }

                digest.Add(table, stored);
            }

            _counts[(runId, table)] = _counts.GetValueOrDefault((runId, table)) + 1;
        }
    }

    private void CheckExcerpt(string table, DbDataReader reader, StoredRowHasher hasher, string? recordId, string redactionTarget)
    {
        if (_redacted.Contains(redactionTarget))
        {
            var erased = RowHash.ExcerptColumns(table).All(c => reader.GetValue(reader.GetOrdinal(c)) is DBNull or "");
            if (!erased)
            {
                Find(IntegrityFindingKind.ExcerptChanged, table, recordId, "its source was redacted, yet it holds text again");
            }

            return;
        }

        var stored = reader.IsDBNull(hasher.ExcerptHashOrdinal) ? null : reader.GetString(hasher.ExcerptHashOrdinal);
        if (stored != hasher.ExcerptHash(reader))
        {
            Find(IntegrityFindingKind.ExcerptChanged, table, recordId, table == "sources"
                ? "its text was changed outside FactStore"
                : "its quote, prefix or suffix was changed outside FactStore");
        }
    }

    private async Task<(long Runs, string? Head)> CheckRunsAsync(CancellationToken cancellationToken)
    {
        await using var read = connection.Command("SELECT * FROM import_runs ORDER BY chain_seq, recorded_at, id", _transaction);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hasher = new StoredRowHasher("import_runs", reader);
        var id = reader.GetOrdinal("id");
        var chainSeq = reader.GetOrdinal("chain_seq");
        var previousHash = reader.GetOrdinal("previous_hash");
        var rowsDigest = reader.GetOrdinal("rows_digest");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long runs = 0;
        string? previous = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            runs++;
            var runId = reader.GetString(id);
            seen.Add(runId);
            var stored = reader.IsDBNull(hasher.RowHashOrdinal) ? null : reader.GetString(hasher.RowHashOrdinal);
            if (stored is null || hasher.RowHashOf(reader) != stored)
            {
                Find(IntegrityFindingKind.RowChanged, "import_runs", runId, "a column of the run (its provenance, counts or chain link) was changed outside FactStore");
            }

            var place = reader.IsDBNull(chainSeq) ? (long?)null : reader.GetInt64(chainSeq);
            var link = reader.IsDBNull(previousHash) ? null : reader.GetString(previousHash);
            if (place != runs || link != previous)
            {
                Find(IntegrityFindingKind.ChainBroken, "import_runs", runId,
                    place != runs ? $"it is run {place?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} of the chain where run {runs} was expected: a run before it was deleted"
                    : "it does not link to the run before it: a run before it was deleted or changed");
            }

            var digest = _digests.GetValueOrDefault(runId)?.ToString() ?? new RunDigest().ToString();
            if ((reader.IsDBNull(rowsDigest) ? null : reader.GetString(rowsDigest)) != digest)
            {
                Find(IntegrityFindingKind.RunRowsChanged, "import_runs", runId, "its rows no longer add up to the digest it recorded: a row it wrote was deleted, or a row was added to it");
            }

            foreach (var (table, column) in CountColumns)
            {
                var recorded = reader.GetInt64(reader.GetOrdinal(column));
                var found = _counts.GetValueOrDefault((runId, table));
                if (recorded != found)
                {
                    Find(IntegrityFindingKind.CountMismatch, "import_runs", runId, $"it recorded {recorded} rows of {table} but {found} are stored");
                }
            }

            previous = stored;
        }

        foreach (var orphan in _counts.Keys.Select(k => k.Run).Distinct(StringComparer.Ordinal).Where(r => !seen.Contains(r)).Order(StringComparer.Ordinal))
        {
            Find(IntegrityFindingKind.ChainBroken, "import_runs", orphan, "rows name this run, but the run is not in the store: it was deleted");
        }

        return (runs, previous);
    }

    private async Task<long> CheckCitationsAsync(CancellationToken cancellationToken)
    {
        // Each source's text comes with its first stance only, in the same statement: one reader at a time, as every
        // engine allows, and each text read once.
        await using var read = connection.Command("""
            SELECT st.id, st.source_id, st.quote, st.quote_start, st.quote_end, st.anchor,
                CASE WHEN st.source_id IS DISTINCT FROM LAG(st.source_id) OVER (ORDER BY st.source_id, st.seq) THEN s.text END AS text
            FROM stances st JOIN sources s ON s.id = st.source_id
            WHERE st.quote_start IS NOT NULL ORDER BY st.source_id, st.seq
            """, _transaction);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        string? sourceId = null;
        string? text = null;
        long checkedCount = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var source = reader.GetString(1);
            if (_redacted.Contains(source))
            {
                continue;
            }

            if (source != sourceId)
            {
                sourceId = source;
                text = reader.IsDBNull(6) ? null : reader.GetString(6);
            }

            if (text is null)
            {
                continue;
            }

            checkedCount++;
            var (start, end) = (reader.GetInt64(3), reader.IsDBNull(4) ? -1 : reader.GetInt64(4));
            if (start < 0 || end < start || end > text.Length)
            {
                Find(IntegrityFindingKind.CitationMismatch, "stances", reader.GetString(0), $"its offsets {start}-{end} are outside its source's text ({text.Length} characters)");
            }
            else if (reader.GetString(5) == "exact" && !reader.IsDBNull(2) && text.AsSpan((int)start, (int)(end - start)).SequenceEqual(reader.GetString(2)) is false)
            {
                Find(IntegrityFindingKind.CitationMismatch, "stances", reader.GetString(0), $"its quote is not the text of its source at {start}-{end}");
            }
        }

        return checkedCount;
    }

    private async Task<HashSet<string>> ReadSetAsync(string sql, CancellationToken cancellationToken)
    {
        await using var read = connection.Command(sql, _transaction);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            set.Add(reader.GetString(0));
        }

        return set;
    }

    private static int Ordinal(DbDataReader reader, string column)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.GetName(i) == column)
            {
                return i;
            }
        }

        return -1;
    }
}
