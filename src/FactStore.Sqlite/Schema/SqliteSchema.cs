using FactStore.Engines;
using FactStore.Storage;

namespace FactStore.Sqlite.Schema;

/// <summary>SQLite's migrations. Times are ISO 8601 UTC text with seven fractional digits, so they sort as text.</summary>
internal static partial class SqliteSchema
{
    public static IReadOnlyList<StoreMigration> Migrations { get; } =
    [
        Version1,
        Version2,
        Version3,
        Version4,
        Version5,
        Version6,
    ];

    /// <summary>The tables of the latest version, FTS5 tables included (their shadow tables are the engine's business).</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "schema_migrations", "import_runs", "sources", "source_locators", "entities", "entity_labels", "entity_aliases",
        "entity_external_ids", "entity_descriptions", "facts", "stances", "retractions", "redactions",
        "facts_search", "stances_search", "sources_search", "names_search",
    ];

    private static StoreMigration Version1 =>
        new(1, "records, aliases, retractions and import runs", """
            CREATE TABLE import_runs (
                id TEXT PRIMARY KEY,
                importer TEXT NOT NULL,
                importer_version TEXT NOT NULL,
                input TEXT NOT NULL,
                input_hash TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                sources_added INTEGER NOT NULL,
                locators_added INTEGER NOT NULL,
                entities_added INTEGER NOT NULL,
                aliases_added INTEGER NOT NULL,
                facts_added INTEGER NOT NULL,
                stances_added INTEGER NOT NULL,
                retractions_added INTEGER NOT NULL,
                redactions_added INTEGER NOT NULL,
                unchanged INTEGER NOT NULL
            );

            CREATE TABLE sources (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL,
                title TEXT,
                publisher TEXT,
                authors TEXT NOT NULL,
                stated_date TEXT,
                stated_date_kind TEXT NOT NULL,
                retrieved_at TEXT,
                language TEXT,
                text TEXT NOT NULL,
                run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
                recorded_at TEXT NOT NULL
            );

            CREATE TABLE source_locators (
                source_id TEXT NOT NULL REFERENCES sources (id),
                locator TEXT NOT NULL,
                run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
                recorded_at TEXT NOT NULL,
                PRIMARY KEY (source_id, locator)
            ) WITHOUT ROWID;

            CREATE TABLE entities (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                label TEXT NOT NULL,
                run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
                recorded_at TEXT NOT NULL
            );

            CREATE TABLE entity_aliases (
                entity_id TEXT NOT NULL REFERENCES entities (id),
                folded TEXT NOT NULL,
                alias TEXT NOT NULL,
                run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
                recorded_at TEXT NOT NULL,
                PRIMARY KEY (entity_id, folded)
            ) WITHOUT ROWID;
            CREATE INDEX entity_aliases_by_folded ON entity_aliases (folded);

            CREATE TABLE facts (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                subject_id TEXT NOT NULL REFERENCES entities (id),
                predicate TEXT NOT NULL,
                predicate_folded TEXT NOT NULL,
                object_entity_id TEXT REFERENCES entities (id),
                object_value TEXT,
                object_type TEXT NOT NULL,
                object_folded TEXT NOT NULL,
                statement TEXT NOT NULL,
                valid_from TEXT,
                valid_to TEXT,
                valid_from_day INTEGER,
                valid_to_day INTEGER,
                placeable INTEGER NOT NULL,
                supersedes_id TEXT REFERENCES facts (id),
                run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
                recorded_at TEXT NOT NULL,
                CHECK ((object_entity_id IS NULL) <> (object_value IS NULL))
            );
            CREATE INDEX facts_by_subject_validity ON facts (subject_id, valid_from_day, valid_to_day);
            CREATE INDEX facts_by_object ON facts (object_entity_id);
            CREATE INDEX facts_by_predicate ON facts (predicate_folded);
            CREATE INDEX facts_by_supersedes ON facts (supersedes_id);

            CREATE TABLE stances (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                fact_id TEXT NOT NULL REFERENCES facts (id),
                source_id TEXT NOT NULL REFERENCES sources (id),
                position TEXT NOT NULL,
                holder_id TEXT REFERENCES entities (id),
                quote TEXT NOT NULL,
                quote_start INTEGER NOT NULL,
                quote_end INTEGER NOT NULL,
                quote_prefix TEXT NOT NULL,
                quote_suffix TEXT NOT NULL,
                anchor TEXT NOT NULL,
                source_hash TEXT NOT NULL,
                said_at TEXT,
                origin TEXT NOT NULL,
                confidence REAL,
                supersedes_id TEXT REFERENCES stances (id),
                run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
                recorded_at TEXT NOT NULL,
                CHECK (quote_start <= quote_end)
            );
            CREATE INDEX stances_by_fact ON stances (fact_id, position);
            CREATE INDEX stances_by_source ON stances (source_id);
            CREATE INDEX stances_by_supersedes ON stances (supersedes_id);

            CREATE TABLE redactions (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                target_id TEXT NOT NULL UNIQUE REFERENCES sources (id),
                reason TEXT NOT NULL,
                run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
                recorded_at TEXT NOT NULL
            );

            CREATE TABLE retractions (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                target_id TEXT NOT NULL UNIQUE,
                reason TEXT NOT NULL,
                run_id TEXT NOT NULL REFERENCES import_runs (id) DEFERRABLE INITIALLY DEFERRED,
                recorded_at TEXT NOT NULL
            );

            -- Append-only: no record is ever updated or deleted in place. An import run's row is written last,
            -- with its counts, in the same transaction as its records (their foreign keys to it are deferred).
            CREATE TRIGGER import_runs_append_only_update BEFORE UPDATE ON import_runs BEGIN SELECT RAISE(ABORT, 'import_runs are append-only: supersede or retract instead'); END;
            CREATE TRIGGER import_runs_append_only_delete BEFORE DELETE ON import_runs BEGIN SELECT RAISE(ABORT, 'import_runs are append-only: supersede or retract instead'); END;
            CREATE TRIGGER source_locators_append_only_update BEFORE UPDATE ON source_locators BEGIN SELECT RAISE(ABORT, 'source_locators are append-only: supersede or retract instead'); END;
            CREATE TRIGGER source_locators_append_only_delete BEFORE DELETE ON source_locators BEGIN SELECT RAISE(ABORT, 'source_locators are append-only: supersede or retract instead'); END;
            CREATE TRIGGER redactions_append_only_update BEFORE UPDATE ON redactions BEGIN SELECT RAISE(ABORT, 'redactions are append-only'); END;
            CREATE TRIGGER redactions_append_only_delete BEFORE DELETE ON redactions BEGIN SELECT RAISE(ABORT, 'redactions are append-only'); END;
            -- The one exception: a redaction erases a source's text and its excerpts, and only those columns.
            CREATE TRIGGER sources_append_only_update BEFORE UPDATE ON sources
                WHEN NOT EXISTS (SELECT 1 FROM redactions r WHERE r.target_id = OLD.id)
                    OR NEW.text <> ''
                    OR NEW.seq IS NOT OLD.seq
                    OR NEW.id IS NOT OLD.id
                    OR NEW.content_hash IS NOT OLD.content_hash
                    OR NEW.title IS NOT OLD.title
                    OR NEW.publisher IS NOT OLD.publisher
                    OR NEW.authors IS NOT OLD.authors
                    OR NEW.stated_date IS NOT OLD.stated_date
                    OR NEW.stated_date_kind IS NOT OLD.stated_date_kind
                    OR NEW.retrieved_at IS NOT OLD.retrieved_at
                    OR NEW.language IS NOT OLD.language
                    OR NEW.run_id IS NOT OLD.run_id
                    OR NEW.recorded_at IS NOT OLD.recorded_at
                BEGIN SELECT RAISE(ABORT, 'sources are append-only: supersede or retract instead'); END;
            CREATE TRIGGER sources_append_only_delete BEFORE DELETE ON sources BEGIN SELECT RAISE(ABORT, 'sources are append-only: supersede or retract instead'); END;
            CREATE TRIGGER entities_append_only_update BEFORE UPDATE ON entities BEGIN SELECT RAISE(ABORT, 'entities are append-only: supersede or retract instead'); END;
            CREATE TRIGGER entities_append_only_delete BEFORE DELETE ON entities BEGIN SELECT RAISE(ABORT, 'entities are append-only: supersede or retract instead'); END;
            CREATE TRIGGER entity_aliases_append_only_update BEFORE UPDATE ON entity_aliases BEGIN SELECT RAISE(ABORT, 'entity_aliases are append-only: supersede or retract instead'); END;
            CREATE TRIGGER entity_aliases_append_only_delete BEFORE DELETE ON entity_aliases BEGIN SELECT RAISE(ABORT, 'entity_aliases are append-only: supersede or retract instead'); END;
            CREATE TRIGGER facts_append_only_update BEFORE UPDATE ON facts BEGIN SELECT RAISE(ABORT, 'facts are append-only: supersede or retract instead'); END;
            CREATE TRIGGER facts_append_only_delete BEFORE DELETE ON facts BEGIN SELECT RAISE(ABORT, 'facts are append-only: supersede or retract instead'); END;
            CREATE TRIGGER stances_append_only_update BEFORE UPDATE ON stances
                WHEN NOT EXISTS (SELECT 1 FROM redactions r WHERE r.target_id = OLD.source_id)
                    OR NEW.quote <> '' OR NEW.quote_prefix <> '' OR NEW.quote_suffix <> ''
                    OR NEW.seq IS NOT OLD.seq
                    OR NEW.id IS NOT OLD.id
                    OR NEW.fact_id IS NOT OLD.fact_id
                    OR NEW.source_id IS NOT OLD.source_id
                    OR NEW.position IS NOT OLD.position
                    OR NEW.holder_id IS NOT OLD.holder_id
                    OR NEW.quote_start IS NOT OLD.quote_start
                    OR NEW.quote_end IS NOT OLD.quote_end
                    OR NEW.anchor IS NOT OLD.anchor
                    OR NEW.source_hash IS NOT OLD.source_hash
                    OR NEW.said_at IS NOT OLD.said_at
                    OR NEW.origin IS NOT OLD.origin
                    OR NEW.confidence IS NOT OLD.confidence
                    OR NEW.supersedes_id IS NOT OLD.supersedes_id
                    OR NEW.run_id IS NOT OLD.run_id
                    OR NEW.recorded_at IS NOT OLD.recorded_at
                BEGIN SELECT RAISE(ABORT, 'stances are append-only: supersede or retract instead'); END;
            CREATE TRIGGER stances_append_only_delete BEFORE DELETE ON stances BEGIN SELECT RAISE(ABORT, 'stances are append-only: supersede or retract instead'); END;
            CREATE TRIGGER retractions_append_only_update BEFORE UPDATE ON retractions BEGIN SELECT RAISE(ABORT, 'retractions are append-only: supersede or retract instead'); END;
            CREATE TRIGGER retractions_append_only_delete BEFORE DELETE ON retractions BEGIN SELECT RAISE(ABORT, 'retractions are append-only: supersede or retract instead'); END;
            """);
}
