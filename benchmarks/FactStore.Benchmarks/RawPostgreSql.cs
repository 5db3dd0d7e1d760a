using Npgsql;
using NpgsqlTypes;

namespace FactStore.Benchmarks;

/// <summary>The PostgreSQL reference: the same rows as <see cref="RawSqlite"/> by binary COPY, integer keys, one transaction.</summary>
internal static class RawPostgreSql
{
    public static void Insert(string connectionString, string schema, Workload workload)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString);
        connection.Open();
        Execute(connection, $"""
            CREATE SCHEMA {schema};
            CREATE TABLE sources (id bigint PRIMARY KEY, text text NOT NULL);
            CREATE TABLE facts (id bigint PRIMARY KEY, subject bigint NOT NULL, predicate text NOT NULL, object text NOT NULL,
                statement text NOT NULL, valid_from bigint, valid_to bigint);
            CREATE INDEX facts_by_subject ON facts (subject, valid_from, valid_to);
            CREATE TABLE stances (id bigint PRIMARY KEY, fact_id bigint NOT NULL REFERENCES facts (id), source_id bigint NOT NULL REFERENCES sources (id),
                position bigint NOT NULL, quote text NOT NULL, quote_start bigint NOT NULL, quote_end bigint NOT NULL);
            CREATE INDEX stances_by_fact ON stances (fact_id, position);
            """);
        using var transaction = connection.BeginTransaction();
        var sourceIds = new Dictionary<string, long>();
        using (var copy = connection.BeginBinaryImport("COPY sources (id, text) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var source in workload.Sources)
            {
                sourceIds[source.Id] = sourceIds.Count + 1;
                copy.StartRow();
                copy.Write((long)sourceIds.Count, NpgsqlDbType.Bigint);
                copy.Write(source.Text!, NpgsqlDbType.Text);
            }

            copy.Complete();
        }

        var subjects = workload.Entities.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => (long)p.i);
        using (var copy = connection.BeginBinaryImport("COPY facts (id, subject, predicate, object, statement, valid_from) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < workload.Facts.Count; i++)
            {
                var fact = workload.Facts[i];
                copy.StartRow();
                copy.Write((long)i + 1, NpgsqlDbType.Bigint);
                copy.Write(subjects[fact.SubjectId!], NpgsqlDbType.Bigint);
                copy.Write(fact.Predicate, NpgsqlDbType.Text);
                copy.Write(fact.Object!.Value!, NpgsqlDbType.Text);
                copy.Write(fact.Statement, NpgsqlDbType.Text);
                copy.Write((long)fact.Validity.From!.Value.Year!.Value, NpgsqlDbType.Bigint);
            }

            copy.Complete();
        }

        using (var copy = connection.BeginBinaryImport("COPY stances (id, fact_id, source_id, position, quote, quote_start, quote_end) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < workload.Stances.Count; i++)
            {
                var stance = workload.Stances[i];
                copy.StartRow();
                copy.Write((long)i + 1, NpgsqlDbType.Bigint);
                copy.Write((long)i + 1, NpgsqlDbType.Bigint);
                copy.Write(sourceIds[stance.SourceId], NpgsqlDbType.Bigint);
                copy.Write(1L, NpgsqlDbType.Bigint);
                copy.Write(stance.Citation!.Quote!, NpgsqlDbType.Text);
                copy.Write((long)stance.Citation.Start!.Value, NpgsqlDbType.Bigint);
                copy.Write((long)(stance.Citation.Start.Value + stance.Citation.Quote!.Length), NpgsqlDbType.Bigint);
            }

            copy.Complete();
        }

        transaction.Commit();
    }

    public static void Drop(string connectionString, string schema)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
