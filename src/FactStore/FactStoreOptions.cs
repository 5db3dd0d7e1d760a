using FactStore.Engines;

namespace FactStore;

/// <summary>How to open a fact store.</summary>
public sealed class FactStoreOptions
{
    /// <summary>
    /// The engine and its settings: set by <c>UseSqlite(path)</c> (package FactStore.Sqlite) or
    /// <c>UseNpgsql(connectionString)</c> (package FactStore.PostgreSql). Required.
    /// </summary>
    public StoreEngineOptions? Engine { get; set; }

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

    /// <summary>Checks the options and reports every problem at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid; the message lists them all.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (Engine is null)
        {
            errors.Add("No engine is set: call options.UseSqlite(\"facts.db\") (FactStore.Sqlite) or options.UseNpgsql(connectionString) (FactStore.PostgreSql).");
        }
        else
        {
            errors.AddRange(Engine.Validate());
        }

        if (PluginFolder is not null && (string.IsNullOrWhiteSpace(PluginFolder) || !Directory.Exists(PluginFolder)))
        {
            errors.Add($"PluginFolder '{PluginFolder}' is not a folder: set it to a folder of plugin assemblies, or to null for none.");
        }

        if (TimeProvider is null)
        {
            errors.Add("TimeProvider is null: leave the default TimeProvider.System or set another.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid FactStore options: " + string.Join(" ", errors));
        }
    }
}
