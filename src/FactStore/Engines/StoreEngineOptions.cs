namespace FactStore.Engines;

/// <summary>
/// The settings of the engine a store runs on, and how to make it: <c>UseSqlite</c> and <c>UseNpgsql</c> set a subclass
/// as <see cref="FactStoreOptions.Engine"/>.
/// </summary>
public abstract class StoreEngineOptions
{
    /// <summary>
    /// Opens the store for reading only: nothing in the database changes, no lock is taken that would keep a writer
    /// waiting, and every write is refused with <see cref="InvalidOperationException"/>. The store must exist and be at
    /// this library's schema version. Defaults to <see langword="false"/>.
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>
    /// How long an operation waits for a lock another connection or process holds before it fails with
    /// <see cref="StoreAccessException"/>. Defaults to 30 seconds; between one second and one day.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Every problem with the settings, each a sentence that says how to fix it; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public virtual IEnumerable<string> Validate()
    {
        if (BusyTimeout < TimeSpan.FromSeconds(1) || BusyTimeout > TimeSpan.FromDays(1))
        {
            yield return $"BusyTimeout {BusyTimeout} is out of range: give between one second and one day.";
        }
    }

    /// <summary>Makes the engine for one store; called once per open, after <see cref="Validate"/> found no problem.</summary>
    /// <returns>The engine.</returns>
    /// <exception cref="StoreAccessException">The database cannot be reached as configured (e.g. a folder given as a file).</exception>
    public abstract IStoreEngine CreateEngine();
}
