using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FactStore.TestSupport;

/// <summary>
/// The PostgreSQL the tests run on: <c>FACTSTORE_PG</c> when it holds a connection, else a throwaway server this test
/// process starts from the installed binaries (initdb into a temporary folder, a private socket folder and port, as
/// the unprivileged <c>postgres</c> user when run as root) and stops and deletes when it exits.
/// </summary>
internal sealed class PostgreSqlServer
{
    private const string Database = "factstore_tests";

    private static readonly Lazy<PostgreSqlServer> SharedServer = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgreSqlServer(string connectionString) => ConnectionString = connectionString;

    /// <summary>A connection to the tests' database, whose <c>public</c> schema holds pg_trgm.</summary>
    public string ConnectionString { get; }

    /// <summary>The server, started on first use.</summary>
    /// <exception cref="InvalidOperationException">No PostgreSQL is installed or configured (<see cref="Unavailable"/> says why).</exception>
    public static PostgreSqlServer Shared => Unavailable is string why ? throw new InvalidOperationException(why) : SharedServer.Value;

    /// <summary>Why the PostgreSQL tests cannot run here, or <see langword="null"/> when they can.</summary>
    public static string? Unavailable { get; } = FindUnavailable();

    /// <summary>Whether this test run puts every store on PostgreSQL (<c>FACTSTORE_TEST_ENGINE=postgresql</c>).</summary>
    public static bool IsTestEngine => string.Equals(Environment.GetEnvironmentVariable("FACTSTORE_TEST_ENGINE"), "postgresql", StringComparison.OrdinalIgnoreCase);

    /// <summary>A new schema name for one store; stores share the database, each in a schema of its own.</summary>
    public static string NewSchema() => "t_" + Guid.NewGuid().ToString("N")[..20];

    /// <summary>Drops a store's schema with everything in it.</summary>
    public async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs SQL on the tests' database, outside any store, as another tool would.</summary>
    public async Task<object?> ScalarAsync(string sql, string? schema = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        if (schema is not null)
        {
            builder.SearchPath = $"\"{schema}\", public";
        }

        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static string? FindUnavailable()
    {
        if (Environment.GetEnvironmentVariable("FACTSTORE_PG") is { Length: > 0 })
        {
            return null;
        }

        return BinFolder() is null
            ? "PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin or on PATH. Install it (apt-get install postgresql) or set FACTSTORE_PG to a connection string."
            : null;
    }

    private static string? BinFolder()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return installed ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .FirstOrDefault(d => d.Length > 0 && File.Exists(Path.Combine(d, "initdb")));
    }

    private static PostgreSqlServer Start()
    {
        if (Environment.GetEnvironmentVariable("FACTSTORE_PG") is { Length: > 0 } given)
        {
            return Prepare(given);
        }

        var bin = BinFolder()!;
        RemoveStopped();
        var folder = Directory.CreateTempSubdirectory("factstore-pg-").FullName;
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["postgres", folder]);
        }

        RunServerTool(asRoot, Path.Combine(bin, "initdb"), ["-D", Path.Combine(folder, "data"), "-A", "trust", "-U", "fs", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        RunServerTool(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "log"), "-w", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunServerTool(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "stop"]);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        };
        return Prepare($"Host=127.0.0.1;Port={port};Username=fs;Database=postgres");
    }

    /// <summary>
    /// Removes the folders of servers that are no longer running, left by a test process that was killed; only old ones,
    /// since another test process may be creating its server right now (no postmaster.pid yet).
    /// </summary>
    private static void RemoveStopped()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "factstore-pg-*"))
        {
            if (Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1) && !File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another user's folder, or one in use: not ours to remove.
                }
            }
        }
    }

    /// <summary>Creates the tests' database with the extensions in <c>public</c>, where every store's search path finds them.</summary>
    private static PostgreSqlServer Prepare(string connectionString)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", Database);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", connection);
                create.ExecuteNonQuery();
            }
        }

        var tests = new NpgsqlConnectionStringBuilder(connectionString) { Database = Database, MaxPoolSize = 50 };
        using (var connection = new NpgsqlConnection(tests.ConnectionString))
        {
            connection.Open();
            using var extensions = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", connection);
            extensions.ExecuteNonQuery();
        }

        return new PostgreSqlServer(tests.ConnectionString);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunServerTool(bool asRoot, string tool, string[] arguments)
    {
        if (asRoot)
        {
            // PostgreSQL refuses to run as root: the unprivileged postgres user runs it.
            Run("su", ["postgres", "-s", "/bin/sh", "-c", string.Join(' ', new[] { tool }.Concat(arguments).Select(Quote))]);
        }
        else
        {
            Run(tool, arguments);
        }
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void Run(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }
}
