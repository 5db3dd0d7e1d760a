namespace FactStore.Plugins;

/// <summary>Which FactStore.Abstractions a plugin may be built against to load into this host.</summary>
internal static class PluginCompatibility
{
    /// <summary>The FactStore.Abstractions assembly version of this host.</summary>
    public static Version Host { get; } = typeof(IFactImporter).Assembly.GetName().Version ?? new Version(0, 0);

    /// <summary>
    /// Whether a plugin built against <paramref name="plugin"/> loads into a host with <paramref name="host"/>: the
    /// same major version and a minor no higher than the host's; under 0.x, where a minor may break, the same minor
    /// (the range FactStore's package dependency on FactStore.Abstractions also allows).
    /// </summary>
    public static bool IsCompatible(Version plugin, Version host) =>
        plugin.Major == host.Major && (host.Major == 0 ? plugin.Minor == host.Minor : plugin.Minor <= host.Minor);
}
