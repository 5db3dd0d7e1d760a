using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.Sqlite.Schema;

internal static partial class SqliteSchema
{
    /// <summary>
    /// Model v2: sources by reference, entities with external ids, labels and descriptions, facts with qualifiers,
    /// statement keys, structured values and plain claims, stances with ranks, keys and offsets in their ids. Tables
    /// whose constraints change are rebuilt (SQLite cannot alter a constraint); every row keeps its id, and stances
    /// written under the first id scheme are marked so that they are still checked against it.
    /// </summary>
    private static StoreMigration Version2 => new(2, "model v2: references, external ids, qualifiers, ranks, keys, claims, run fingerprints", """
        -- A run is recognised by its input's fingerprint (importer, version, configuration, input name and hash), known
        -- only once the input was read; a first-release run's id is that fingerprint. Skipped bad records are kept.
        DROP TRIGGER import_runs_append_only_update;
        ALTER TABLE import_runs ADD COLUMN fingerprint TEXT;
        UPDATE import_runs SET fingerprint = id;
        ALTER TABLE import_runs ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE import_runs ADD COLUMN skipped_records TEXT;
        CREATE INDEX import_runs_by_fingerprint ON import_runs (fingerprint);
        CREATE TRIGGER import_runs_append_only_update BEFORE UPDATE ON import_runs BEGIN SELECT RAISE(ABORT, 'import_runs are append-only: supersede or retract instead'); END;

        CREATE TABLE sources_v2 (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT,
            title TEXT,
            publisher TEXT,
            authors TEXT NOT NULL,
            stated_date TEXT,
            stated_date_kind TEXT NOT NULL,
            retrieved_at TEXT,
            accessed TEXT,
            language TEXT,
            text TEXT,
            extra TEXT,
            run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
            recorded_at TEXT NOT NULL,
            CHECK ((text IS NULL) = (content_hash IS NULL))
        );
        INSERT INTO sources_v2 (seq, id, content_hash, title, publisher, authors, stated_date, stated_date_kind, retrieved_at,
            accessed, language, text, run_id, recorded_at)
        SELECT seq, id, content_hash, title, publisher, authors, stated_date, stated_date_kind, retrieved_at,
            NULL, language, text, run_id, recorded_at FROM sources;
        DROP TABLE sources;
        ALTER TABLE sources_v2 RENAME TO sources;

        CREATE TABLE source_locators_v2 (
            source_id TEXT NOT NULL REFERENCES sources (id),
            scheme TEXT NOT NULL,
            locator TEXT NOT NULL,
            run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (source_id, scheme, locator)
        ) WITHOUT ROWID;
        INSERT INTO source_locators_v2 (source_id, scheme, locator, run_id, recorded_at)
        SELECT source_id, CASE WHEN locator LIKE 'http://%' OR locator LIKE 'https://%' THEN 'url' ELSE 'file' END,
            locator, run_id, recorded_at FROM source_locators;
        DROP TABLE source_locators;
        ALTER TABLE source_locators_v2 RENAME TO source_locators;
        CREATE INDEX source_locators_by_locator ON source_locators (scheme, locator);

        ALTER TABLE entity_aliases ADD COLUMN language TEXT;

        -- Fields the model has no column for, kept as the text of a JSON object (StoreRecord.ExtensionData). The tables
        -- rebuilt below get the column in their new definition; these three keep their unconditional update triggers.
        ALTER TABLE entities ADD COLUMN extra TEXT;
        ALTER TABLE retractions ADD COLUMN extra TEXT;
        ALTER TABLE redactions ADD COLUMN extra TEXT;

        CREATE TABLE entity_labels (
            entity_id TEXT NOT NULL REFERENCES entities (id),
            label TEXT NOT NULL,
            run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (entity_id, recorded_at, label)
        ) WITHOUT ROWID;

        CREATE TABLE entity_external_ids (
            entity_id TEXT NOT NULL REFERENCES entities (id),
            scheme TEXT NOT NULL,
            value TEXT NOT NULL,
            run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (scheme, value, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_external_ids_by_entity ON entity_external_ids (entity_id);

        CREATE TABLE entity_descriptions (
            entity_id TEXT NOT NULL REFERENCES entities (id),
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (entity_id, language, text)
        ) WITHOUT ROWID;

        CREATE TABLE facts_v2 (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            subject_id TEXT REFERENCES entities (id),
            predicate TEXT,
            predicate_folded TEXT,
            object_entity_id TEXT REFERENCES entities (id),
            object_value TEXT,
            object_type TEXT,
            object_folded TEXT,
            object_detail TEXT,
            qualifiers TEXT,
            statement_key TEXT,
            content_id TEXT,
            statement TEXT NOT NULL,
            valid_from TEXT,
            valid_to TEXT,
            valid_from_day INTEGER,
            valid_to_day INTEGER,
            valid_point INTEGER NOT NULL,
            placeable INTEGER NOT NULL,
            supersedes_id TEXT REFERENCES facts (id),
            extra TEXT,
            run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
            recorded_at TEXT NOT NULL,
            CHECK ((subject_id IS NULL) = (predicate IS NULL) AND (subject_id IS NULL) = (object_type IS NULL)),
            CHECK (object_entity_id IS NULL OR object_value IS NULL)
        );
        INSERT INTO facts_v2 (seq, id, subject_id, predicate, predicate_folded, object_entity_id, object_value, object_type,
            object_folded, object_detail, qualifiers, statement_key, content_id, statement, valid_from, valid_to, valid_from_day,
            valid_to_day, valid_point, placeable, supersedes_id, run_id, recorded_at)
        SELECT seq, id, subject_id, predicate, predicate_folded, object_entity_id, object_value, object_type,
            object_folded, NULL, NULL, NULL, NULL, statement, valid_from, valid_to, valid_from_day,
            valid_to_day, 0, placeable, supersedes_id, run_id, recorded_at FROM facts;
        DROP TABLE facts;
        ALTER TABLE facts_v2 RENAME TO facts;
        CREATE INDEX facts_by_subject_validity ON facts (subject_id, valid_from_day, valid_to_day);
        CREATE INDEX facts_by_object ON facts (object_entity_id);
        CREATE INDEX facts_by_predicate ON facts (predicate_folded);
        CREATE INDEX facts_by_supersedes ON facts (supersedes_id);
        CREATE INDEX facts_by_statement_key ON facts (statement_key) WHERE statement_key IS NOT NULL;

        CREATE TABLE stances_v2 (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            id_scheme INTEGER NOT NULL,
            fact_id TEXT NOT NULL REFERENCES facts (id),
            source_id TEXT NOT NULL REFERENCES sources (id),
            position TEXT NOT NULL,
            holder_id TEXT REFERENCES entities (id),
            quote TEXT,
            quote_start INTEGER,
            quote_end INTEGER,
            quote_prefix TEXT,
            quote_suffix TEXT,
            locator TEXT,
            anchor TEXT NOT NULL,
            source_hash TEXT,
            said_at TEXT,
            origin TEXT NOT NULL,
            confidence REAL,
            rank TEXT NOT NULL,
            stance_key TEXT,
            content_id TEXT,
            qualifiers TEXT,
            supersedes_id TEXT REFERENCES stances (id),
            extra TEXT,
            run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
            recorded_at TEXT NOT NULL,
            CHECK (quote_start <= quote_end)
        );
        INSERT INTO stances_v2 (seq, id, id_scheme, fact_id, source_id, position, holder_id, quote, quote_start, quote_end,
            quote_prefix, quote_suffix, locator, anchor, source_hash, said_at, origin, confidence, rank, stance_key,
            content_id, qualifiers, supersedes_id, run_id, recorded_at)
        SELECT seq, id, 1, fact_id, source_id, position, holder_id, quote, quote_start, quote_end,
            quote_prefix, quote_suffix, NULL, anchor, source_hash, said_at, origin, confidence, 'normal', NULL,
            NULL, NULL, supersedes_id, run_id, recorded_at FROM stances;
        DROP TABLE stances;
        ALTER TABLE stances_v2 RENAME TO stances;
        CREATE INDEX stances_by_fact ON stances (fact_id, position);
        CREATE INDEX stances_by_source ON stances (source_id);
        CREATE INDEX stances_by_supersedes ON stances (supersedes_id);
        CREATE INDEX stances_by_key ON stances (fact_id, stance_key) WHERE stance_key IS NOT NULL;
        -- Few stances are deprecated: a small index lets "hide deprecated-only facts" skip every other fact cheaply.
        CREATE INDEX stances_deprecated ON stances (fact_id) WHERE rank = 'deprecated';

        -- Append-only, as in version 1, for the rebuilt and the new tables.
        CREATE TRIGGER source_locators_append_only_update BEFORE UPDATE ON source_locators BEGIN SELECT RAISE(ABORT, 'source_locators are append-only: supersede or retract instead'); END;
        CREATE TRIGGER source_locators_append_only_delete BEFORE DELETE ON source_locators BEGIN SELECT RAISE(ABORT, 'source_locators are append-only: supersede or retract instead'); END;
        CREATE TRIGGER entity_labels_append_only_update BEFORE UPDATE ON entity_labels BEGIN SELECT RAISE(ABORT, 'entity_labels are append-only'); END;
        CREATE TRIGGER entity_labels_append_only_delete BEFORE DELETE ON entity_labels BEGIN SELECT RAISE(ABORT, 'entity_labels are append-only'); END;
        CREATE TRIGGER entity_external_ids_append_only_update BEFORE UPDATE ON entity_external_ids BEGIN SELECT RAISE(ABORT, 'entity_external_ids are append-only'); END;
        CREATE TRIGGER entity_external_ids_append_only_delete BEFORE DELETE ON entity_external_ids BEGIN SELECT RAISE(ABORT, 'entity_external_ids are append-only'); END;
        CREATE TRIGGER entity_descriptions_append_only_update BEFORE UPDATE ON entity_descriptions BEGIN SELECT RAISE(ABORT, 'entity_descriptions are append-only'); END;
        CREATE TRIGGER entity_descriptions_append_only_delete BEFORE DELETE ON entity_descriptions BEGIN SELECT RAISE(ABORT, 'entity_descriptions are append-only'); END;
        CREATE TRIGGER facts_append_only_update BEFORE UPDATE ON facts BEGIN SELECT RAISE(ABORT, 'facts are append-only: supersede or retract instead'); END;
        CREATE TRIGGER facts_append_only_delete BEFORE DELETE ON facts BEGIN SELECT RAISE(ABORT, 'facts are append-only: supersede or retract instead'); END;
        -- The one exception: a redaction erases a source's text and its excerpts, and only those columns.
        CREATE TRIGGER sources_append_only_update BEFORE UPDATE ON sources
            WHEN NOT EXISTS (SELECT 1 FROM redactions r WHERE r.target_id = OLD.id)
                OR NEW.text IS NOT (CASE WHEN OLD.text IS NULL THEN NULL ELSE '' END)
                OR NEW.seq IS NOT OLD.seq
                OR NEW.id IS NOT OLD.id
                OR NEW.content_hash IS NOT OLD.content_hash
                OR NEW.title IS NOT OLD.title
                OR NEW.publisher IS NOT OLD.publisher
                OR NEW.authors IS NOT OLD.authors
                OR NEW.stated_date IS NOT OLD.stated_date
                OR NEW.stated_date_kind IS NOT OLD.stated_date_kind
                OR NEW.retrieved_at IS NOT OLD.retrieved_at
                OR NEW.accessed IS NOT OLD.accessed
                OR NEW.language IS NOT OLD.language
                OR NEW.extra IS NOT OLD.extra
                OR NEW.run_id IS NOT OLD.run_id
                OR NEW.recorded_at IS NOT OLD.recorded_at
            BEGIN SELECT RAISE(ABORT, 'sources are append-only: supersede or retract instead'); END;
        CREATE TRIGGER sources_append_only_delete BEFORE DELETE ON sources BEGIN SELECT RAISE(ABORT, 'sources are append-only: supersede or retract instead'); END;
        CREATE TRIGGER stances_append_only_update BEFORE UPDATE ON stances
            WHEN NOT EXISTS (SELECT 1 FROM redactions r WHERE r.target_id = OLD.source_id)
                OR NEW.quote IS NOT '' OR NEW.quote_prefix IS NOT '' OR NEW.quote_suffix IS NOT ''
                OR NEW.seq IS NOT OLD.seq
                OR NEW.id IS NOT OLD.id
                OR NEW.id_scheme IS NOT OLD.id_scheme
                OR NEW.fact_id IS NOT OLD.fact_id
                OR NEW.source_id IS NOT OLD.source_id
                OR NEW.position IS NOT OLD.position
                OR NEW.holder_id IS NOT OLD.holder_id
                OR NEW.quote_start IS NOT OLD.quote_start
                OR NEW.quote_end IS NOT OLD.quote_end
                OR NEW.locator IS NOT OLD.locator
                OR NEW.anchor IS NOT OLD.anchor
                OR NEW.source_hash IS NOT OLD.source_hash
                OR NEW.said_at IS NOT OLD.said_at
                OR NEW.origin IS NOT OLD.origin
                OR NEW.confidence IS NOT OLD.confidence
                OR NEW.rank IS NOT OLD.rank
                OR NEW.stance_key IS NOT OLD.stance_key
                OR NEW.content_id IS NOT OLD.content_id
                OR NEW.qualifiers IS NOT OLD.qualifiers
                OR NEW.supersedes_id IS NOT OLD.supersedes_id
                OR NEW.extra IS NOT OLD.extra
                OR NEW.run_id IS NOT OLD.run_id
                OR NEW.recorded_at IS NOT OLD.recorded_at
            BEGIN SELECT RAISE(ABORT, 'stances are append-only: supersede or retract instead'); END;
        CREATE TRIGGER stances_append_only_delete BEFORE DELETE ON stances BEGIN SELECT RAISE(ABORT, 'stances are append-only: supersede or retract instead'); END;
        """);
}
