using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FactStore.Tests.Support;

/// <summary>
/// SQL run on a store's database behind its back, as a tampering user or another tool would: on its SQLite file, or on
/// its PostgreSQL schema for a <see cref="TestStore"/> the run put there (the SQL must then be standard).
/// </summary>
internal static class RawDatabase
{
    private static readonly ConcurrentDictionary<string, string> PostgreSqlSchemas = new(StringComparer.Ordinal);

    /// <summary>Routes the raw SQL for a test store's path to its PostgreSQL schema.</summary>
    public static void OnPostgreSql(string databasePath, string schema) => PostgreSqlSchemas[databasePath] = schema;

    public static void Execute(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Adds a constraint that refuses every fact with this statement (a test's literal, without quotes), in each engine's
    /// own terms: a row the database refuses although the writer found nothing wrong with its record.
    /// </summary>
    public static void RefuseFactStatement(string databasePath, string statement) => Execute(databasePath, PostgreSqlSchemas.ContainsKey(databasePath)
        ? $"ALTER TABLE facts ADD CONSTRAINT refuse_test CHECK (statement <> '{statement}') NOT VALID"
        : $"CREATE TRIGGER refuse_test BEFORE INSERT ON facts WHEN NEW.statement = '{statement}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");

    public static object? Scalar(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static DbConnection Open(string databasePath)
    {
        DbConnection connection = PostgreSqlSchemas.TryGetValue(databasePath, out var schema)
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(FactStore.TestSupport.PostgreSqlServer.Shared.ConnectionString) { SearchPath = $"\"{schema}\", public", Pooling = false }.ConnectionString)
            : new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The steps of SQLite's plan for a statement (<c>EXPLAIN QUERY PLAN</c>), its parameters bound to text. Unpooled:
    /// an EXPLAIN starts no transaction, so a pooled connection would plan against the schema it read before a migration.
    /// </summary>
    public static IReadOnlyList<string> QueryPlan(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Regex.Matches(sql, @"@\w+").Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, "x");
        }

        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return steps;
    }

    /// <summary>Asserts that the database's append-only triggers refuse the statement.</summary>
    public static void AssertRefused(string databasePath, string sql)
    {
        var error = Assert.ThrowsAny<DbException>(() => Execute(databasePath, sql));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }
}
