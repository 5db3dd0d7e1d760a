using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace FactStore.Tests.Support;

/// <summary>SQL run on a store's file behind its back, as a tampering user or another tool would.</summary>
internal static class RawDatabase
{
    public static void Execute(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Asserts that the database's append-only triggers refuse the statement.</summary>
    public static object? Scalar(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
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

    public static void AssertRefused(string databasePath, string sql)
    {
        var error = Assert.Throws<SqliteException>(() => Execute(databasePath, sql));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }
}
