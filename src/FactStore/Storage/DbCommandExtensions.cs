using System.Data.Common;

namespace FactStore.Storage;

/// <summary>Terse, always-parameterized command building.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DbValue(value);
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>
    /// A value as every engine stores it: integers and flags as 64-bit integers, null as DBNull. A prepared statement's
    /// parameter types are fixed at its first execution on some engines (PostgreSQL), so a column must always get one type.
    /// </summary>
    public static object DbValue(object? value) => value switch
    {
        null => DBNull.Value,
        bool flag => flag ? 1L : 0L,
        int number => (long)number,
        short number => (long)number,
        byte number => (long)number,
        _ => value,
    };

    /// <summary>Sets a parameter already added by <see cref="With"/>; for commands reused row after row.</summary>
    public static void Set(this DbCommand command, string name, object? value) =>
        command.Parameters[name].Value = DbValue(value);

    /// <summary>Runs a read, reporting a database failure as <see cref="StoreAccessException"/>.</summary>
    public static async Task<DbDataReader> ReaderAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        StatementCounter.Count();
        try
        {
            return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw Access(command, e);
        }
    }

    /// <summary>Runs a scalar read, reporting a database failure as <see cref="StoreAccessException"/>.</summary>
    public static async Task<object?> ScalarAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        StatementCounter.Count();
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw Access(command, e);
        }
    }

    /// <summary>Runs a scalar read and disposes the command.</summary>
    public static async Task<object?> ScalarDisposingAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            return await command.ScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static StoreAccessException Access(DbCommand command, DbException e) =>
        new($"Reading {command.Connection?.DataSource} failed: {e.Message}", command.Connection?.DataSource, e);
}
