namespace FactStore;

/// <summary>How to open a fact store.</summary>
public sealed class FactStoreOptions
{
    /// <summary>The SQLite database file; created with its folder if missing. Defaults to <c>facts.db</c> in the current folder.</summary>
    public string DatabasePath { get; set; } = "facts.db";

    /// <summary>
    /// The clock that stamps every record's <see cref="Provenance.RecordedAt"/>; replace it in tests. Stamps never run
    /// backwards: a run is stamped one tick after the latest run in the file when the clock reads earlier, so a clock
    /// that once ran ahead holds later stamps at that point until real time catches up.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// A folder of plugins to load when the store opens, or <see langword="null"/> (the default) for none: each
    /// <c>*.dll</c> in it and each subfolder's <c>Name/Name.dll</c> (see <see cref="Plugins.PluginFolder"/>). A plugin
    /// that cannot be loaded is skipped and reported in <see cref="FactStoreDatabase.PluginProblems"/>.
    /// </summary>
    public string? PluginFolder { get; set; }

    /// <summary>
    /// Opens the store for reading only: no lock is taken that would keep a writer waiting, nothing in the file changes
    /// (so a store on read-only media opens), and every write is refused with <see cref="InvalidOperationException"/>.
    /// The file must exist and be at this library's schema version. Defaults to <see langword="false"/>.
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>
    /// How long an operation waits for a lock another connection or process holds before it fails with
    /// <see cref="StoreAccessException"/>. Defaults to 30 seconds; at least one second.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks the options and reports every problem at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid; the message lists them all.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            errors.Add("DatabasePath is blank: set it to the SQLite file to open, e.g. \"facts.db\".");
        }
        else if (DatabasePath.Trim().Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("DatabasePath ':memory:' is not supported: a FactStore is a file (its history must outlive the connection); use a temporary file instead.");
        }
        else if (DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            errors.Add($"DatabasePath '{DatabasePath}' contains characters a path cannot have.");
        }

        if (PluginFolder is not null && (string.IsNullOrWhiteSpace(PluginFolder) || !Directory.Exists(PluginFolder)))
        {
            errors.Add($"PluginFolder '{PluginFolder}' is not a folder: set it to a folder of plugin assemblies, or to null for none.");
        }

        if (TimeProvider is null)
        {
            errors.Add("TimeProvider is null: leave the default TimeProvider.System or set another.");
        }

        if (BusyTimeout < TimeSpan.FromSeconds(1) || BusyTimeout > TimeSpan.FromDays(1))
        {
            errors.Add($"BusyTimeout {BusyTimeout} is out of range: give between one second and one day.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid FactStore options: " + string.Join(" ", errors));
        }
    }
}
