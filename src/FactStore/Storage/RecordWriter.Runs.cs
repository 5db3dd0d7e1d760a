namespace FactStore.Storage;

/// <summary>
/// The run-level side of the writer: limits, skipping a bad record (its rows undone with a savepoint, its effects on
/// the writer's caches and counts undone with it), and the result.
/// </summary>
internal sealed partial class RecordWriter
{
    private readonly ImportLimits _limits;
    private readonly List<SkippedRecord> _skipped = [];
    private readonly List<Action> _undo = [];
    private bool _recordOpen;
    private (int, int, int, int, int, int, int, int, int) _countsAtStart;

    public async Task BeginRecordAsync(CancellationToken cancellationToken)
    {
        await IndexNamesAsync(all: false, cancellationToken).ConfigureAwait(false);
        _pendingNamesAtRecordStart = _pendingNames.Count;
        await _batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = _connection.Command(Sql.BeginRecord, _transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        _recordOpen = true;
        _undo.Clear();
        _countsAtStart = Counts;
    }

    public async Task KeepRecordAsync(CancellationToken cancellationToken)
    {
        // The record's queued inserts run inside its savepoint, their effects undone with it if the database refuses one.
        await _batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        _recordOpen = false;
        await using var command = _connection.Command(Sql.KeepRecord, _transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task UndoRecordAsync(CancellationToken cancellationToken)
    {
        // Whatever is still queued is the record's own (a refused batch has emptied the queue): the savepoint undoes it unsent.
        _batch.Discard();
        _recordOpen = false;
        await using (var command = _connection.Command(Sql.UndoRecord, _transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }

        _undo.Clear();
        _known.Clear();
        _pendingNames.RemoveRange(_pendingNamesAtRecordStart, _pendingNames.Count - _pendingNamesAtRecordStart);
        Counts = _countsAtStart;
    }

    /// <summary>Records a skipped bad record.</summary>
    public void Skip(FactStoreException problem, int? line, string? recordType) => _skipped.Add(new SkippedRecord
    {
        Input = _input,
        Line = line,
        RecordType = recordType,
        Reason = problem is InvalidRecordException invalid ? invalid.Reason : problem.Message,
    });

    public ImportResult Result(string runId, bool dryRun) => _batch.Count > 0 ? throw new InvalidOperationException("Queued inserts were never run.") : new()
    {
        ImportRunId = runId,
        Input = _input,
        DryRun = dryRun,
        SourcesAdded = SourcesAdded,
        LocatorsAdded = LocatorsAdded,
        EntitiesAdded = EntitiesAdded,
        AliasesAdded = AliasesAdded,
        FactsAdded = FactsAdded,
        StancesAdded = StancesAdded,
        RetractionsAdded = RetractionsAdded,
        RedactionsAdded = RedactionsAdded,
        Unchanged = Unchanged,
        Skipped = _skipped.ToArray(),
    };

    private (int, int, int, int, int, int, int, int, int) Counts
    {
        get => (SourcesAdded, LocatorsAdded, EntitiesAdded, AliasesAdded, FactsAdded, StancesAdded, RetractionsAdded, RedactionsAdded, Unchanged);
        set => (SourcesAdded, LocatorsAdded, EntitiesAdded, AliasesAdded, FactsAdded, StancesAdded, RetractionsAdded, RedactionsAdded, Unchanged) = value;
    }

    // The caches are bounded so that an input of any size imports in bounded memory: past these sizes they start
    // afresh, and what they no longer hold is read from the database again (within the run's transaction).
    private const int KnownIdsKept = 200_000;
    private const int SourceTextsKept = 64;

    // Small sources are kept past that count while their texts add up to less than this (about 10 MB with their
    // anchoring maps): a run citing a few hundred short sources at random then reads each once, not once per stance.
    private const int SourceTextCharactersKept = 1_000_000;
    private long _sourceTextCharacters;
    private const int RenamesKept = 200_000;

    /// <summary>Remembers that a record exists, in a cache of bounded size.</summary>
    private void Known(string key)
    {
        if (_known.Count >= KnownIdsKept)
        {
            _known.Clear();
        }

        _known.Add(key);
    }

    /// <summary>Sets a cache entry, to be removed again if the record being written is skipped.</summary>
    private void Remember<TValue>(Dictionary<string, TValue> cache, string key, TValue value)
    {
        var full = ReferenceEquals(cache, _renamed)
            ? cache.Count >= RenamesKept
            : cache.Count >= SourceTextsKept && _sourceTextCharacters >= SourceTextCharactersKept;
        if (full && !_recordOpen)
        {
            cache.Clear();
            if (ReferenceEquals(cache, _sourceTexts))
            {
                _sourceTextCharacters = 0;
            }
        }

        if (value is AnchoringText text)
        {
            _sourceTextCharacters += text.Text.Length;
        }

        if (_recordOpen && !cache.ContainsKey(key))
        {
            _undo.Add(() => cache.Remove(key));
        }

        cache[key] = value;
    }

    /// <summary>Refuses a record whose texts exceed the limits, quoting at most an excerpt of them.</summary>
    private void CheckLimits(StoreRecord record, int? line)
    {
        void Check(string? text, int limit, string what)
        {
            if (text is not null && text.Length > limit)
            {
                throw new InvalidRecordException(
                    $"its {what} has {text.Length:N0} characters, more than the limit of {limit:N0}: \"{ImportLimits.Excerpt(text)}\"", _input, line);
            }
        }

        switch (record)
        {
            case Source source:
                Check(source.Text, _limits.MaxTextLength, "text");
                Check(source.Title, _limits.MaxLabelLength, "title");
                break;
            case Entity entity:
                Check(entity.Label, _limits.MaxLabelLength, "label");
                foreach (var alias in entity.Aliases)
                {
                    Check(alias.Text, _limits.MaxLabelLength, "alias");
                }

                break;
            case Fact fact:
                Check(fact.Predicate, _limits.MaxLabelLength, "predicate");
                Check(fact.Statement, _limits.MaxQuoteLength, "statement");
                break;
            case Stance stance:
                Check(stance.Citation?.Quote, _limits.MaxQuoteLength, "quote");
                Check(stance.Citation?.Prefix, _limits.MaxLabelLength, "prefix");
                Check(stance.Citation?.Suffix, _limits.MaxLabelLength, "suffix");
                break;
        }
    }
}
