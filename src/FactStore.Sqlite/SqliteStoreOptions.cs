using FactStore.Engines;

namespace FactStore.Sqlite;

/// <summary>The settings of a store on one SQLite file; set by <see cref="SqliteFactStoreOptionsExtensions.UseSqlite"/>.</summary>
public sealed class SqliteStoreOptions : StoreEngineOptions
{
    /// <summary>The database file; created with its folder if missing (unless <see cref="StoreEngineOptions.ReadOnly"/>).</summary>
    public string DatabasePath { get; set; } = "facts.db";

    /// <inheritdoc/>
    public override IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            yield return "DatabasePath is blank: set it to the SQLite file to open, e.g. \"facts.db\".";
        }
        else if (DatabasePath.Trim().Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            yield return "DatabasePath ':memory:' is not supported: a FactStore is a file (its history must outlive the connection); use a temporary file instead.";
        }
        else if (DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            yield return $"DatabasePath '{DatabasePath}' contains characters a path cannot have.";
        }

        foreach (var problem in base.Validate())
        {
            yield return problem;
        }
    }

    /// <inheritdoc/>
    public override IStoreEngine CreateEngine() => new SqliteEngine(DatabasePath, ReadOnly, BusyTimeout);
}
