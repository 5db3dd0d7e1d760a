namespace FactStore.Storage;

/// <summary>
/// The SQL FactStore runs, in the dialect SQLite and PostgreSQL share. Every value is a parameter; the only text
/// ever spliced in is one of the fixed fragments of <see cref="FactFilter"/>.
/// </summary>
internal static partial class Sql
{
    public const string InsertRun = """
        INSERT INTO import_runs (id, importer, importer_version, input, input_hash, recorded_at,
            sources_added, locators_added, entities_added, aliases_added, facts_added, stances_added, retractions_added,
            redactions_added, unchanged, fingerprint, skipped, skipped_records, committed_at, chain_seq, previous_hash, rows_digest, row_hash)
        VALUES (@id, @importer, @version, @input, @hash, @recorded,
            @sources, @locators, @entities, @aliases, @facts, @stances, @retractions, @redactions, @unchanged,
            @fingerprint, @skipped, @skippedRecords, @committed, @chainSeq, @previousHash, @rowsDigest, @rowHash)
        """;

    /// <summary>The run that already imported an input with this fingerprint, if any.</summary>
    public const string RunByFingerprint = "SELECT id FROM import_runs WHERE fingerprint = @fingerprint ORDER BY recorded_at LIMIT 1";

    /// <summary>Brackets one record of an import that skips bad records (SQL standard; SQLite and PostgreSQL alike).</summary>
    public const string BeginRecord = "SAVEPOINT record";

    public const string KeepRecord = "RELEASE SAVEPOINT record";

    public const string UndoRecord = "ROLLBACK TO SAVEPOINT record; RELEASE SAVEPOINT record";

    public const string LastRunTime = "SELECT MAX(recorded_at) FROM import_runs";

    /// <summary>The run last committed: the link the next run's hash chain starts from (read under the write lock).</summary>
    public const string ChainHead = "SELECT chain_seq, row_hash, committed_at FROM import_runs WHERE chain_seq = (SELECT MAX(chain_seq) FROM import_runs)";

    /// <summary>
    /// The record time a past moment <c>@t</c> stands for: the stamp of the last run committed by then (stamps and
    /// commits follow one order, so every record of a run committed by then is stamped no later, and every other later).
    /// </summary>
    public const string RecordHorizon = "SELECT recorded_at FROM import_runs WHERE committed_at <= @t ORDER BY committed_at DESC LIMIT 1";

    public const string InsertSource = """
        INSERT INTO sources (id, content_hash, title, publisher, authors, stated_date, stated_date_kind,
            retrieved_at, accessed, language, text, extra, run_id, recorded_at, excerpt_hash, row_hash)
        VALUES (@id, @hash, @title, @publisher, @authors, @stated, @statedKind,
            @retrieved, @accessed, @language, @text, @extra, @run, @recorded, @excerptHash, @rowHash)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string InsertLocator = """
        INSERT INTO source_locators (source_id, scheme, locator, run_id, recorded_at, row_hash) VALUES (@source, @scheme, @locator, @run, @recorded, @rowHash)
        ON CONFLICT (source_id, scheme, locator) DO NOTHING
        """;

    public const string InsertEntity = """
        INSERT INTO entities (id, kind, label, extra, run_id, recorded_at, row_hash) VALUES (@id, @kind, @label, @extra, @run, @recorded, @rowHash)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string InsertAlias = """
        INSERT INTO entity_aliases (entity_id, folded, alias, language, run_id, recorded_at, row_hash) VALUES (@entity, @folded, @alias, @language, @run, @recorded, @rowHash)
        ON CONFLICT (entity_id, folded) DO NOTHING
        """;

    /// <summary>A new label for a known entity, when it differs from the one the store reads now.</summary>
    public const string InsertLabel = """
        INSERT INTO entity_labels (entity_id, label, run_id, recorded_at, row_hash)
        SELECT @entity, @label, @run, @recorded, @rowHash
        WHERE @label IS DISTINCT FROM (SELECT COALESCE(
            (SELECT l.label FROM entity_labels l WHERE l.entity_id = @entity ORDER BY l.recorded_at DESC LIMIT 1),
            (SELECT e.label FROM entities e WHERE e.id = @entity)))
        ON CONFLICT DO NOTHING
        """;

    public const string InsertExternalId = """
        INSERT INTO entity_external_ids (entity_id, scheme, value, run_id, recorded_at, row_hash) VALUES (@entity, @scheme, @value, @run, @recorded, @rowHash)
        ON CONFLICT (scheme, value, entity_id) DO NOTHING
        """;

    public const string InsertDescription = """
        INSERT INTO entity_descriptions (entity_id, language, text, run_id, recorded_at, row_hash) VALUES (@entity, @language, @text, @run, @recorded, @rowHash)
        ON CONFLICT (entity_id, language, text) DO NOTHING
        """;

    public const string InsertFact = """
        INSERT INTO facts (id, subject_id, predicate, predicate_folded, object_entity_id, object_value, object_type,
            object_folded, object_detail, qualifiers, statement_key, content_id, statement, valid_from, valid_to, valid_from_day,
            valid_to_day, valid_point, placeable, supersedes_id, extra, run_id, recorded_at, row_hash)
        VALUES (@id, @subject, @predicate, @predicateFolded, @objectEntity, @objectValue, @objectType,
            @objectFolded, @objectDetail, @qualifiers, @key, @contentId, @statement, @from, @to, @fromDay,
            @toDay, @point, @placeable, @supersedes, @extra, @run, @recorded, @rowHash)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string InsertStance = """
        INSERT INTO stances (id, id_scheme, fact_id, source_id, position, holder_id, quote, quote_start, quote_end,
            quote_prefix, quote_suffix, locator, anchor, source_hash, said_at, origin, confidence, rank, stance_key,
            content_id, qualifiers, supersedes_id, extra, run_id, recorded_at, excerpt_hash, row_hash)
        VALUES (@id, 2, @fact, @source, @position, @holder, @quote, @start, @end,
            @prefix, @suffix, @locator, @anchor, @hash, @said, @origin, @confidence, @rank, @key,
            @contentId, @qualifiers, @supersedes, @extra, @run, @recorded, @excerptHash, @rowHash)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string InsertRetraction = """
        INSERT INTO retractions (id, target_id, reason, extra, run_id, recorded_at, row_hash) VALUES (@id, @target, @reason, @extra, @run, @recorded, @rowHash)
        ON CONFLICT DO NOTHING
        """;

    public const string InsertRedaction = """
        INSERT INTO redactions (id, target_id, reason, extra, run_id, recorded_at, row_hash) VALUES (@id, @target, @reason, @extra, @run, @recorded, @rowHash)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Erases a redacted source's text; the trigger allows it only once the redaction is recorded.</summary>
    public const string EraseSourceText = "UPDATE sources SET text = '' WHERE id = @id AND text IS NOT NULL";

    /// <summary>Erases every excerpt of a redacted source that citations hold.</summary>
    public const string EraseExcerpts = "UPDATE stances SET quote = '', quote_prefix = '', quote_suffix = '' WHERE source_id = @id";

    public const string SourceExists = "SELECT 1 FROM sources WHERE id = @id";
    public const string EntityExists = "SELECT 1 FROM entities WHERE id = @id";
    public const string FactExists = "SELECT 1 FROM facts WHERE id = @id";
    public const string StanceExists = "SELECT 1 FROM stances WHERE id = @id";
    /// <summary>The standing (not retracted) correction of a fact or stance, if any.</summary>
    public const string FactCorrection = """
        SELECT n.id FROM facts n WHERE n.supersedes_id = @id AND NOT EXISTS (SELECT 1 FROM retractions x WHERE x.target_id = n.id)
        """;

    public const string StanceCorrection = """
        SELECT n.id FROM stances n WHERE n.supersedes_id = @id AND NOT EXISTS (SELECT 1 FROM retractions x WHERE x.target_id = n.id)
        """;

    /// <summary>A source's text (null for a source by reference) and whether it was redacted (a redacted source by reference keeps no text either).</summary>
    public const string SourceText = "SELECT s.text, EXISTS (SELECT 1 FROM redactions r WHERE r.target_id = s.id) AS redacted FROM sources s WHERE s.id = @id";

    /// <summary>
    /// The latest standing version of the fact about <c>@subject</c> with statement key <c>@key</c>, if the store has one
    /// (a key names a statement of its subject: the same key on another subject is another statement).
    /// </summary>
    public const string FactByStatementKey = """
        SELECT f.id FROM facts f WHERE f.statement_key = @key AND f.subject_id = @subject
            AND NOT EXISTS (SELECT 1 FROM facts n WHERE n.supersedes_id = f.id
                AND NOT EXISTS (SELECT 1 FROM retractions nx WHERE nx.target_id = n.id))
        ORDER BY f.seq DESC LIMIT 1
        """;

    /// <summary>
    /// <see cref="FactByStatementKey"/> for a fact without a subject: a separate text, since an index is sought with
    /// <c>=</c> or <c>IS NULL</c> on every engine, never with a null-safe comparison.
    /// </summary>
    public const string FactByStatementKeyWithoutSubject = """
        SELECT f.id FROM facts f WHERE f.statement_key = @key AND f.subject_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM facts n WHERE n.supersedes_id = f.id
                AND NOT EXISTS (SELECT 1 FROM retractions nx WHERE nx.target_id = n.id))
        ORDER BY f.seq DESC LIMIT 1
        """;

    /// <summary>
    /// A version of the statement of <c>@subject</c> with key <c>@key</c> that says <c>@content</c> (its id without what it
    /// supersedes), if the store has one: an input bringing it again, however old, adds nothing.
    /// </summary>
    public const string FactVersionWithContent = """
        SELECT f.id FROM facts f WHERE f.statement_key = @key AND f.subject_id = @subject AND f.content_id = @content
        ORDER BY f.seq DESC LIMIT 1
        """;

    /// <summary><see cref="FactVersionWithContent"/> for a fact without a subject.</summary>
    public const string FactVersionWithContentWithoutSubject = """
        SELECT f.id FROM facts f WHERE f.statement_key = @key AND f.subject_id IS NULL AND f.content_id = @content
        ORDER BY f.seq DESC LIMIT 1
        """;

    /// <summary>A version of the stance with key <c>@key</c> on fact <c>@fact</c> that says <c>@content</c>, if the store has one.</summary>
    public const string StanceVersionWithContent = """
        SELECT st.id FROM stances st WHERE st.fact_id = @fact AND st.stance_key = @key AND st.content_id = @content
        ORDER BY st.seq DESC LIMIT 1
        """;

    /// <summary>The latest standing version of the stance with key <c>@key</c> on fact <c>@fact</c>, if the store has one.</summary>
    public const string StanceByKey = """
        SELECT st.id FROM stances st WHERE st.fact_id = @fact AND st.stance_key = @key
            AND NOT EXISTS (SELECT 1 FROM stances n WHERE n.supersedes_id = st.id
                AND NOT EXISTS (SELECT 1 FROM retractions nx WHERE nx.target_id = n.id))
        ORDER BY st.seq DESC LIMIT 1
        """;
}
