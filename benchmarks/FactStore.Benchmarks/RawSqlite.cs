using Microsoft.Data.Sqlite;

namespace FactStore.Benchmarks;

/// <summary>The reference: the same rows through raw prepared commands, integer keys, one transaction (as the baseline).</summary>
internal static class RawSqlite
{
    public static void Insert(string path, Workload workload)
    {
        using var connection = new SqliteConnection($"Data Source={path};Foreign Keys=True");
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
            CREATE TABLE sources (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
            CREATE TABLE facts (id INTEGER PRIMARY KEY, subject INTEGER NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL,
                statement TEXT NOT NULL, valid_from INTEGER, valid_to INTEGER);
            CREATE INDEX facts_by_subject ON facts (subject, valid_from, valid_to);
            CREATE TABLE stances (id INTEGER PRIMARY KEY, fact_id INTEGER NOT NULL REFERENCES facts (id), source_id INTEGER NOT NULL REFERENCES sources (id),
                position INTEGER NOT NULL, quote TEXT NOT NULL, quote_start INTEGER NOT NULL, quote_end INTEGER NOT NULL);
            CREATE INDEX stances_by_fact ON stances (fact_id, position);
            """);
        using var transaction = connection.BeginTransaction();
        var sourceIds = new Dictionary<string, long>();
        using (var insert = Command(connection, "INSERT INTO sources (id, text) VALUES ($id, $text)", "$id", "$text"))
        {
            foreach (var source in workload.Sources)
            {
                sourceIds[source.Id] = sourceIds.Count + 1;
                Run(insert, sourceIds.Count, source.Text);
            }
        }

        var subjects = workload.Entities.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => (long)p.i);
        using (var facts = Command(connection, "INSERT INTO facts VALUES ($id, $s, $p, $o, $st, $f, NULL)", "$id", "$s", "$p", "$o", "$st", "$f"))
        using (var stances = Command(connection, "INSERT INTO stances VALUES ($id, $fact, $source, 1, $q, $a, $b)", "$id", "$fact", "$source", "$q", "$a", "$b"))
        {
            for (var i = 0; i < workload.Facts.Count; i++)
            {
                var fact = workload.Facts[i];
                var stance = workload.Stances[i];
                Run(facts, i + 1, subjects[fact.SubjectId!], fact.Predicate, fact.Object!.Value, fact.Statement, fact.Validity.From!.Value.Year);
                Run(stances, i + 1, i + 1, sourceIds[stance.SourceId], stance.Citation!.Quote, stance.Citation.Start, stance.Citation.Start + stance.Citation.Quote!.Length);
            }
        }

        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
