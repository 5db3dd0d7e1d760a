using System.Globalization;
using Npgsql;

namespace FactStore.PostgreSql;

/// <summary>Reads a connection given as Npgsql's keywords or as a <c>postgresql://</c> URI (libpq's form).</summary>
public static class PostgreSqlConnection
{
    /// <summary>Whether a text names a PostgreSQL connection rather than a file: a <c>postgresql://</c> or <c>postgres://</c> URI, or keywords with <c>Host=</c>.</summary>
    /// <param name="text">A path or a connection.</param>
    /// <returns><see langword="true"/> for a PostgreSQL connection.</returns>
    public static bool IsConnection(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsUri(text) || (text.Contains('=', StringComparison.Ordinal)
            && text.Split(';').Any(p => p.Split('=')[0].Trim() is var key && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>The connection as Npgsql's builder, with the store's schema first on the search path.</summary>
    /// <param name="connection">Keywords or a URI.</param>
    /// <param name="schema">The store's schema, or null for the connection's own.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The text is not a connection.</exception>
    public static NpgsqlConnectionStringBuilder Builder(string connection, string? schema)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var builder = IsUri(connection) ? FromUri(connection) : new NpgsqlConnectionStringBuilder(connection);
        if (schema is not null)
        {
            // The extension (pg_trgm) is usually in public: keep it on the path behind the store's schema.
            var quoted = "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            builder.SearchPath = string.IsNullOrEmpty(builder.SearchPath) ? $"{quoted}, public" : $"{quoted}, {builder.SearchPath}";
        }

        return builder;
    }

    /// <summary>Names the database in messages: host, port and database, never the password.</summary>
    /// <param name="builder">The connection.</param>
    /// <returns>For example <c>postgresql://localhost:5432/facts</c>.</returns>
    public static string DisplayName(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var schema = builder.SearchPath is { Length: > 0 } path ? $" (search path {path})" : "";
        return $"postgresql://{builder.Host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{builder.Database ?? builder.Username}{schema}";
    }

    private static bool IsUri(string text) =>
        text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>postgresql://[user[:password]@][host][:port][/database][?key=value&amp;…]</c>, percent-decoded.</summary>
    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"'{Redacted(text)}' is not a URI of the form postgresql://user@host:port/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = Uri.UnescapeDataString(uri.Host);
        }

        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var (user, password) = uri.UserInfo.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0
                ? (uri.UserInfo[..colon], uri.UserInfo[(colon + 1)..])
                : (uri.UserInfo, null);
            builder.Username = Uri.UnescapeDataString(user);
            if (password is not null)
            {
                builder.Password = Uri.UnescapeDataString(password);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            builder[key switch { "sslmode" => "SSL Mode", "application_name" => "Application Name", "connect_timeout" => "Timeout", _ => key }] = value;
        }

        return builder;
    }

    private static string Redacted(string text) =>
        text.IndexOf('@', StringComparison.Ordinal) is var at and > 0 ? "postgresql://…" + text[at..] : text;
}
