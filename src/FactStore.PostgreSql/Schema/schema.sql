-- FactStore on PostgreSQL: the schema of SQLite's version 6 (src/FactStore/Storage/Sqlite/SqliteSchema*.cs), created
-- in one go in the current schema. Run it with search_path set to the store's schema alone, in one transaction, as the
-- role that owns the store (no superuser needed: see the extensions below). schema_migrations is the migrator's.
--
-- Types: TEXT is text COLLATE "C" (byte order, as SQLite's BINARY, whatever the database's collation), INTEGER is
-- bigint (0/1 flags stay numbers: the shared SQL compares them with 1 and 0), REAL is double precision, and
-- "seq INTEGER PRIMARY KEY" is an identity column (it is never given on insert; a copy from SQLite uses
-- OVERRIDING SYSTEM VALUE). Tables, columns, keys, checks, foreign keys and indexes have SQLite's names and order.
--
-- Append-only: every trigger of SQLite's has a trigger of the same name here, each calling a plpgsql function of that
-- name. Refusals raise SQLSTATE 23001 (restrict_violation, class 23 like every constraint error) with SQLite's message.
-- PostgreSQL has TRUNCATE, which skips row triggers: <table>_append_only_truncate refuses it too.
--
-- Search: FTS5's tables are plain tables here, holding FTS5's own tokens as tsvectors (computed by FactStore, written
-- by the engine before a run commits) and ranked by FTS5's BM25; names with pg_trgm.

-- pg_trgm is a trusted extension (PostgreSQL 13+): a role with CREATE on the database (its owner has it)
-- may create them. An extension exists once per database, in one schema: when another store, or an administrator,
-- created it already, these do nothing, and the DO block below finds it wherever it is.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ============================================================================================================
-- Records
-- ============================================================================================================

CREATE TABLE import_runs (
    id text COLLATE "C" PRIMARY KEY,
    importer text COLLATE "C" NOT NULL,
    importer_version text COLLATE "C" NOT NULL,
    input text COLLATE "C" NOT NULL,
    input_hash text COLLATE "C" NOT NULL,
    recorded_at text COLLATE "C" NOT NULL,
    sources_added bigint NOT NULL,
    locators_added bigint NOT NULL,
    entities_added bigint NOT NULL,
    aliases_added bigint NOT NULL,
    facts_added bigint NOT NULL,
    stances_added bigint NOT NULL,
    retractions_added bigint NOT NULL,
    redactions_added bigint NOT NULL,
    unchanged bigint NOT NULL,
    fingerprint text COLLATE "C",
    skipped bigint NOT NULL DEFAULT 0,
    skipped_records text COLLATE "C",
    committed_at text COLLATE "C",
    chain_seq bigint,
    previous_hash text COLLATE "C",
    rows_digest text COLLATE "C",
    row_hash text COLLATE "C"
);
CREATE INDEX import_runs_by_fingerprint ON import_runs (fingerprint);
CREATE UNIQUE INDEX import_runs_by_chain ON import_runs (chain_seq);
CREATE INDEX import_runs_by_commit ON import_runs (committed_at);

CREATE TABLE sources (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    content_hash text COLLATE "C",
    title text COLLATE "C",
    publisher text COLLATE "C",
    authors text COLLATE "C" NOT NULL,
    stated_date text COLLATE "C",
    stated_date_kind text COLLATE "C" NOT NULL,
    retrieved_at text COLLATE "C",
    accessed text COLLATE "C",
    language text COLLATE "C",
    text text COLLATE "C",
    extra text COLLATE "C",
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    excerpt_hash text COLLATE "C",
    row_hash text COLLATE "C",
    CHECK ((text IS NULL) = (content_hash IS NULL))
);

CREATE TABLE source_locators (
    source_id text COLLATE "C" NOT NULL REFERENCES sources (id),
    scheme text COLLATE "C" NOT NULL,
    locator text COLLATE "C" NOT NULL,
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    row_hash text COLLATE "C",
    PRIMARY KEY (source_id, scheme, locator)
);
CREATE INDEX source_locators_by_locator ON source_locators (scheme, locator);

CREATE TABLE entities (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    kind text COLLATE "C" NOT NULL,
    label text COLLATE "C" NOT NULL,
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    extra text COLLATE "C",
    row_hash text COLLATE "C"
);

CREATE TABLE entity_aliases (
    entity_id text COLLATE "C" NOT NULL REFERENCES entities (id),
    folded text COLLATE "C" NOT NULL,
    alias text COLLATE "C" NOT NULL,
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    language text COLLATE "C",
    row_hash text COLLATE "C",
    PRIMARY KEY (entity_id, folded)
);
CREATE INDEX entity_aliases_by_folded ON entity_aliases (folded);

CREATE TABLE entity_labels (
    entity_id text COLLATE "C" NOT NULL REFERENCES entities (id),
    label text COLLATE "C" NOT NULL,
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    row_hash text COLLATE "C",
    PRIMARY KEY (entity_id, recorded_at, label)
);

CREATE TABLE entity_external_ids (
    entity_id text COLLATE "C" NOT NULL REFERENCES entities (id),
    scheme text COLLATE "C" NOT NULL,
    value text COLLATE "C" NOT NULL,
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    row_hash text COLLATE "C",
    PRIMARY KEY (scheme, value, entity_id)
);
CREATE INDEX entity_external_ids_by_entity ON entity_external_ids (entity_id);

CREATE TABLE entity_descriptions (
    entity_id text COLLATE "C" NOT NULL REFERENCES entities (id),
    language text COLLATE "C" NOT NULL,
    text text COLLATE "C" NOT NULL,
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    row_hash text COLLATE "C",
    PRIMARY KEY (entity_id, language, text)
);

CREATE TABLE facts (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    subject_id text COLLATE "C" REFERENCES entities (id),
    predicate text COLLATE "C",
    predicate_folded text COLLATE "C",
    object_entity_id text COLLATE "C" REFERENCES entities (id),
    object_value text COLLATE "C",
    object_type text COLLATE "C",
    object_folded text COLLATE "C",
    object_detail text COLLATE "C",
    qualifiers text COLLATE "C",
    statement_key text COLLATE "C",
    content_id text COLLATE "C",
    statement text COLLATE "C" NOT NULL,
    valid_from text COLLATE "C",
    valid_to text COLLATE "C",
    valid_from_day bigint,
    valid_to_day bigint,
    valid_point bigint NOT NULL,
    placeable bigint NOT NULL,
    supersedes_id text COLLATE "C" REFERENCES facts (id),
    extra text COLLATE "C",
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    row_hash text COLLATE "C",
    CHECK ((subject_id IS NULL) = (predicate IS NULL) AND (subject_id IS NULL) = (object_type IS NULL)),
    CHECK (object_entity_id IS NULL OR object_value IS NULL)
);
CREATE INDEX facts_by_subject_validity ON facts (subject_id, valid_from_day, valid_to_day);
CREATE INDEX facts_by_object ON facts (object_entity_id);
CREATE INDEX facts_by_predicate ON facts (predicate_folded);
CREATE INDEX facts_by_supersedes ON facts (supersedes_id);
CREATE INDEX facts_by_statement_key ON facts (statement_key, subject_id) WHERE statement_key IS NOT NULL;

CREATE TABLE stances (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    id_scheme bigint NOT NULL,
    fact_id text COLLATE "C" NOT NULL REFERENCES facts (id),
    source_id text COLLATE "C" NOT NULL REFERENCES sources (id),
    position text COLLATE "C" NOT NULL,
    holder_id text COLLATE "C" REFERENCES entities (id),
    quote text COLLATE "C",
    quote_start bigint,
    quote_end bigint,
    quote_prefix text COLLATE "C",
    quote_suffix text COLLATE "C",
    locator text COLLATE "C",
    anchor text COLLATE "C" NOT NULL,
    source_hash text COLLATE "C",
    said_at text COLLATE "C",
    origin text COLLATE "C" NOT NULL,
    confidence double precision,
    rank text COLLATE "C" NOT NULL,
    stance_key text COLLATE "C",
    content_id text COLLATE "C",
    qualifiers text COLLATE "C",
    supersedes_id text COLLATE "C" REFERENCES stances (id),
    extra text COLLATE "C",
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    excerpt_hash text COLLATE "C",
    row_hash text COLLATE "C",
    CHECK (quote_start <= quote_end)
);
CREATE INDEX stances_by_fact ON stances (fact_id, position);
CREATE INDEX stances_by_source ON stances (source_id);
CREATE INDEX stances_by_supersedes ON stances (supersedes_id);
-- Few stances are deprecated: a small index lets "hide deprecated-only facts" skip every other fact cheaply.
CREATE INDEX stances_deprecated ON stances (fact_id) WHERE rank = 'deprecated';
CREATE INDEX stances_by_holder ON stances (holder_id);

CREATE TABLE retractions (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    target_id text COLLATE "C" NOT NULL UNIQUE,
    reason text COLLATE "C" NOT NULL,
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    extra text COLLATE "C",
    row_hash text COLLATE "C"
);

CREATE TABLE redactions (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    target_id text COLLATE "C" NOT NULL UNIQUE REFERENCES sources (id),
    reason text COLLATE "C" NOT NULL,
    run_id text COLLATE "C" NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at text COLLATE "C" NOT NULL,
    extra text COLLATE "C",
    row_hash text COLLATE "C"
);

-- ============================================================================================================
-- Append-only. No record is ever updated or deleted in place. An import run's row is written last, with its counts,
-- in the same transaction as its records (their foreign keys to it are deferred).
-- ============================================================================================================

CREATE FUNCTION import_runs_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'import_runs are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION import_runs_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'import_runs are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION source_locators_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'source_locators are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION source_locators_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'source_locators are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION sources_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'sources are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entities_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entities are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entities_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entities are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entity_aliases_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entity_aliases are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entity_aliases_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entity_aliases are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entity_labels_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entity_labels are append-only' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entity_labels_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entity_labels are append-only' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entity_external_ids_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entity_external_ids are append-only' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entity_external_ids_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entity_external_ids are append-only' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entity_descriptions_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entity_descriptions are append-only' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION entity_descriptions_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'entity_descriptions are append-only' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION facts_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'facts are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION facts_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'facts are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION stances_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'stances are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION retractions_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'retractions are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION retractions_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'retractions are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION redactions_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'redactions are append-only' USING ERRCODE = 'restrict_violation'; END $$;
CREATE FUNCTION redactions_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'redactions are append-only' USING ERRCODE = 'restrict_violation'; END $$;

-- The one exception: a redaction erases a source's text and its excerpts, and only those columns. A source's text
-- may become '' (NULL stays NULL: a source by reference has none) once a redaction of the source is recorded; every
-- other column, its excerpt and row hashes included, must stay as it is. SQLite lists the other columns one by one;
-- here the row as JSON without the erasable columns is compared, which is the same for today's columns and also
-- covers a column a later migration adds. The functions read redactions, so their search_path is pinned to the one
-- the schema was created with (the store's schema), whatever the session's.
CREATE FUNCTION sources_append_only_update() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM redactions r WHERE r.target_id = OLD.id)
        OR NEW.text IS DISTINCT FROM (CASE WHEN OLD.text IS NULL THEN NULL ELSE '' END)
        OR (to_jsonb(NEW) - 'text') IS DISTINCT FROM (to_jsonb(OLD) - 'text')
    THEN
        RAISE EXCEPTION 'sources are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END $$;

-- A stance of a redacted source: its quote, prefix and suffix may become '' (from anything, NULL included, as in
-- SQLite), nothing else may change.
CREATE FUNCTION stances_append_only_update() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM redactions r WHERE r.target_id = OLD.source_id)
        OR NEW.quote IS DISTINCT FROM '' OR NEW.quote_prefix IS DISTINCT FROM '' OR NEW.quote_suffix IS DISTINCT FROM ''
        OR (to_jsonb(NEW) - ARRAY['quote', 'quote_prefix', 'quote_suffix']) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['quote', 'quote_prefix', 'quote_suffix'])
    THEN
        RAISE EXCEPTION 'stances are append-only: supersede or retract instead' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER import_runs_append_only_update BEFORE UPDATE ON import_runs FOR EACH ROW EXECUTE FUNCTION import_runs_append_only_update();
CREATE TRIGGER import_runs_append_only_delete BEFORE DELETE ON import_runs FOR EACH ROW EXECUTE FUNCTION import_runs_append_only_delete();
CREATE TRIGGER sources_append_only_update BEFORE UPDATE ON sources FOR EACH ROW EXECUTE FUNCTION sources_append_only_update();
CREATE TRIGGER sources_append_only_delete BEFORE DELETE ON sources FOR EACH ROW EXECUTE FUNCTION sources_append_only_delete();
CREATE TRIGGER source_locators_append_only_update BEFORE UPDATE ON source_locators FOR EACH ROW EXECUTE FUNCTION source_locators_append_only_update();
CREATE TRIGGER source_locators_append_only_delete BEFORE DELETE ON source_locators FOR EACH ROW EXECUTE FUNCTION source_locators_append_only_delete();
CREATE TRIGGER entities_append_only_update BEFORE UPDATE ON entities FOR EACH ROW EXECUTE FUNCTION entities_append_only_update();
CREATE TRIGGER entities_append_only_delete BEFORE DELETE ON entities FOR EACH ROW EXECUTE FUNCTION entities_append_only_delete();
CREATE TRIGGER entity_aliases_append_only_update BEFORE UPDATE ON entity_aliases FOR EACH ROW EXECUTE FUNCTION entity_aliases_append_only_update();
CREATE TRIGGER entity_aliases_append_only_delete BEFORE DELETE ON entity_aliases FOR EACH ROW EXECUTE FUNCTION entity_aliases_append_only_delete();
CREATE TRIGGER entity_labels_append_only_update BEFORE UPDATE ON entity_labels FOR EACH ROW EXECUTE FUNCTION entity_labels_append_only_update();
CREATE TRIGGER entity_labels_append_only_delete BEFORE DELETE ON entity_labels FOR EACH ROW EXECUTE FUNCTION entity_labels_append_only_delete();
CREATE TRIGGER entity_external_ids_append_only_update BEFORE UPDATE ON entity_external_ids FOR EACH ROW EXECUTE FUNCTION entity_external_ids_append_only_update();
CREATE TRIGGER entity_external_ids_append_only_delete BEFORE DELETE ON entity_external_ids FOR EACH ROW EXECUTE FUNCTION entity_external_ids_append_only_delete();
CREATE TRIGGER entity_descriptions_append_only_update BEFORE UPDATE ON entity_descriptions FOR EACH ROW EXECUTE FUNCTION entity_descriptions_append_only_update();
CREATE TRIGGER entity_descriptions_append_only_delete BEFORE DELETE ON entity_descriptions FOR EACH ROW EXECUTE FUNCTION entity_descriptions_append_only_delete();
CREATE TRIGGER facts_append_only_update BEFORE UPDATE ON facts FOR EACH ROW EXECUTE FUNCTION facts_append_only_update();
CREATE TRIGGER facts_append_only_delete BEFORE DELETE ON facts FOR EACH ROW EXECUTE FUNCTION facts_append_only_delete();
CREATE TRIGGER stances_append_only_update BEFORE UPDATE ON stances FOR EACH ROW EXECUTE FUNCTION stances_append_only_update();
CREATE TRIGGER stances_append_only_delete BEFORE DELETE ON stances FOR EACH ROW EXECUTE FUNCTION stances_append_only_delete();
CREATE TRIGGER retractions_append_only_update BEFORE UPDATE ON retractions FOR EACH ROW EXECUTE FUNCTION retractions_append_only_update();
CREATE TRIGGER retractions_append_only_delete BEFORE DELETE ON retractions FOR EACH ROW EXECUTE FUNCTION retractions_append_only_delete();
CREATE TRIGGER redactions_append_only_update BEFORE UPDATE ON redactions FOR EACH ROW EXECUTE FUNCTION redactions_append_only_update();
CREATE TRIGGER redactions_append_only_delete BEFORE DELETE ON redactions FOR EACH ROW EXECUTE FUNCTION redactions_append_only_delete();

-- TRUNCATE fires no row trigger: it is refused by the table's delete function, run once per statement.
CREATE TRIGGER import_runs_append_only_truncate BEFORE TRUNCATE ON import_runs FOR EACH STATEMENT EXECUTE FUNCTION import_runs_append_only_delete();
CREATE TRIGGER sources_append_only_truncate BEFORE TRUNCATE ON sources FOR EACH STATEMENT EXECUTE FUNCTION sources_append_only_delete();
CREATE TRIGGER source_locators_append_only_truncate BEFORE TRUNCATE ON source_locators FOR EACH STATEMENT EXECUTE FUNCTION source_locators_append_only_delete();
CREATE TRIGGER entities_append_only_truncate BEFORE TRUNCATE ON entities FOR EACH STATEMENT EXECUTE FUNCTION entities_append_only_delete();
CREATE TRIGGER entity_aliases_append_only_truncate BEFORE TRUNCATE ON entity_aliases FOR EACH STATEMENT EXECUTE FUNCTION entity_aliases_append_only_delete();
CREATE TRIGGER entity_labels_append_only_truncate BEFORE TRUNCATE ON entity_labels FOR EACH STATEMENT EXECUTE FUNCTION entity_labels_append_only_delete();
CREATE TRIGGER entity_external_ids_append_only_truncate BEFORE TRUNCATE ON entity_external_ids FOR EACH STATEMENT EXECUTE FUNCTION entity_external_ids_append_only_delete();
CREATE TRIGGER entity_descriptions_append_only_truncate BEFORE TRUNCATE ON entity_descriptions FOR EACH STATEMENT EXECUTE FUNCTION entity_descriptions_append_only_delete();
CREATE TRIGGER facts_append_only_truncate BEFORE TRUNCATE ON facts FOR EACH STATEMENT EXECUTE FUNCTION facts_append_only_delete();
CREATE TRIGGER stances_append_only_truncate BEFORE TRUNCATE ON stances FOR EACH STATEMENT EXECUTE FUNCTION stances_append_only_delete();
CREATE TRIGGER retractions_append_only_truncate BEFORE TRUNCATE ON retractions FOR EACH STATEMENT EXECUTE FUNCTION retractions_append_only_delete();
CREATE TRIGGER redactions_append_only_truncate BEFORE TRUNCATE ON redactions FOR EACH STATEMENT EXECUTE FUNCTION redactions_append_only_delete();

-- ============================================================================================================
-- Search (SQLite: migration 3; written once per run since migration 5)
-- ============================================================================================================

-- Statements, quotes and source texts as FTS5 indexes them (unicode61, remove_diacritics 2): FactStore tokenizes each
-- text (Searching/Fts5/Fts5Tokens.cs) and the engine writes, per row, a tsvector of the folded tokens at their token
-- index + 1 and the row's token count. A tsvector holds positions up to 16383, at most 256 of one lexeme and about
-- 1 MiB, so a row is written in parts (part 0, 1, ...) each within those limits (Search/SearchParts.cs); a part after
-- the first repeats the row's 63 tokens before it (lead, at positions 1 to lead), so a phrase of up to 64 tokens
-- across the cut is whole in one part. A lexeme longer than 2046 bytes is its beginning and a hash, in the index and
-- in queries alike. Rows without a token have no part.
--   matching:  words @@ (token <-> token <-> ...) for each phrase, in any part of the row
--   f (BM25):  the phrase's instances ending after each part's lead, summed over the row's parts; D: SUM(tokens)
--   (Search/SearchStatement.cs)
CREATE TABLE facts_search (
    seq bigint NOT NULL REFERENCES facts (seq),
    part integer NOT NULL,
    words tsvector NOT NULL,
    lead integer NOT NULL,
    tokens integer NOT NULL,
    PRIMARY KEY (seq, part)
);
CREATE INDEX facts_search_by_words ON facts_search USING gin (words);

CREATE TABLE stances_search (
    seq bigint NOT NULL REFERENCES stances (seq),
    part integer NOT NULL,
    words tsvector NOT NULL,
    lead integer NOT NULL,
    tokens integer NOT NULL,
    PRIMARY KEY (seq, part)
);
CREATE INDEX stances_search_by_words ON stances_search USING gin (words);

CREATE TABLE sources_search (
    seq bigint NOT NULL REFERENCES sources (seq),
    part integer NOT NULL,
    words tsvector NOT NULL,
    lead integer NOT NULL,
    tokens integer NOT NULL,
    PRIMARY KEY (seq, part)
);
CREATE INDEX sources_search_by_words ON sources_search USING gin (words);

-- FTS5's statistics per index, so that a search never counts the whole index: every row indexed (an empty or NULL
-- text too) and all their tokens. The engine adds a run's rows before it commits; an erasure takes the erased tokens
-- away and keeps the row, as FTS5's delete and re-insert of the erased row do.
CREATE TABLE search_totals (
    kind text COLLATE "C" PRIMARY KEY CHECK (kind IN ('facts_search', 'stances_search', 'sources_search')),
    row_count bigint NOT NULL,
    token_count bigint NOT NULL
);
INSERT INTO search_totals (kind, row_count, token_count) VALUES ('facts_search', 0, 0), ('stances_search', 0, 0), ('sources_search', 0, 0);

-- A redaction erases the excerpts and the text: the index forgets the old words (what is left, '', has none) and the
-- totals their tokens. Rows not indexed yet are indexed later with their erased text, as in SQLite.
CREATE FUNCTION stances_search_erase() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE search_totals SET token_count = token_count - COALESCE((SELECT SUM(x.tokens) FROM stances_search x WHERE x.seq = OLD.seq), 0)
    WHERE kind = 'stances_search';
    DELETE FROM stances_search WHERE seq = OLD.seq;
    RETURN NULL;
END $$;
CREATE TRIGGER stances_search_erase AFTER UPDATE OF quote ON stances FOR EACH ROW EXECUTE FUNCTION stances_search_erase();

CREATE FUNCTION sources_search_erase() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE search_totals SET token_count = token_count - COALESCE((SELECT SUM(x.tokens) FROM sources_search x WHERE x.seq = OLD.seq), 0)
    WHERE kind = 'sources_search';
    DELETE FROM sources_search WHERE seq = OLD.seq;
    RETURN NULL;
END $$;
CREATE TRIGGER sources_search_erase AFTER UPDATE OF text ON sources FOR EACH ROW EXECUTE FUNCTION sources_search_erase();

-- Every label and alias (entity_aliases holds both), folded by FactStore (TextFolding.FoldName) and spelled by its
-- transliteration fold (NameSpelling.Fold); the writer adds a row with each new alias row. SQLite's column order.
-- Looked up by trigram similarity, e.g. WHERE n.name % @name OR n.spelling % @spelling ORDER BY greatest(similarity(...)).
CREATE TABLE names_search (
    name text COLLATE "C" NOT NULL,
    spelling text COLLATE "C" NOT NULL,
    entity_id text COLLATE "C" NOT NULL,
    alias text COLLATE "C" NOT NULL,
    recorded_at text COLLATE "C" NOT NULL
);

-- gin_trgm_ops lives in pg_trgm's schema, which need not be on the search_path.
DO $$
DECLARE
    trgm_schema name := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm');
BEGIN
    EXECUTE format('CREATE INDEX names_search_by_name ON names_search USING gin (name %I.gin_trgm_ops)', trgm_schema);
    EXECUTE format('CREATE INDEX names_search_by_spelling ON names_search USING gin (spelling %I.gin_trgm_ops)', trgm_schema);
END $$;
