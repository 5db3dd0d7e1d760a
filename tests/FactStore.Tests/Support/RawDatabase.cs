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

    public static void AssertRefused(string databasePath, string sql)
    {
        var error = Assert.Throws<SqliteException>(() => Execute(databasePath, sql));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }
}
