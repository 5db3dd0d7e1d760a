using Microsoft.Data.Sqlite;

namespace FactStore.Cli.Tests.Crash;

/// <summary>Looks at a store's file with plain SQLite, as a tool that does not trust FactStore would.</summary>
internal static class StoreFile
{
    public static string IntegrityCheck(string path) => (string)Scalar(path, "PRAGMA integrity_check")!;

    public static long Count(string path, string table) => (long)Scalar(path, "SELECT COUNT(*) FROM " + table)!;

    public static long SchemaVersion(string path) => (long)Scalar(path, "SELECT MAX(version) FROM schema_migrations")!;

    public static bool HasColumn(string path, string table, string column) =>
        (long)Scalar(path, $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'")! > 0;

    /// <summary>Opens the store through FactStore (which migrates it when needed) and verifies every row, run and citation.</summary>
    public static async Task<VerificationReport> VerifyAsync(string path)
    {
        await using var store = await FactStoreDatabase.OpenAsync(FactStore.Cli.Commands.FactStoreCommand.Options(path, null));
        return await store.Maintenance.VerifyAsync();
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
