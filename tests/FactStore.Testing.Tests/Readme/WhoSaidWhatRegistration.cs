using FactStore.Plugins.WhoSaidWhat;
using Microsoft.Extensions.DependencyInjection;

namespace FactStore.Testing.Tests.Readme;

/// <summary>The README chapter's three registrations of the importer, as compiled; each imports one list.</summary>
internal static class WhoSaidWhatRegistration
{
    public static async Task<ImportResult> ThroughDependencyInjectionAsync(string databasePath, string list, CancellationToken cancellationToken)
    {
        // README DI: begin
        var services = new ServiceCollection();
        services.AddFactStore(options => options.UseSqlite(databasePath))
            .AddImporter<WhoSaidWhatImporter>();
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IFactStore>();
        return await store.ImportAsync("who-said-what", ImportInput.FromFile(list), cancellationToken);
        // README DI: end
    }

    public static async Task<ImportResult> ThroughEntryPointAsync(string databasePath, string list, CancellationToken cancellationToken)
    {
        // README entry point: begin
        await using var store = await FactStoreDatabase.OpenAsync(
            new FactStoreOptions().UseSqlite(databasePath), [new WhoSaidWhatImporter()], [], cancellationToken);
        return await store.ImportAsync("who-said-what", ImportInput.FromFile(list), cancellationToken);
        // README entry point: end
    }

    public static async Task<ImportResult> ThroughPluginFolderAsync(string databasePath, string plugins, string list, CancellationToken cancellationToken)
    {
        // README plugin folder: begin
        // plugins/ holds FactStore.Plugins.WhoSaidWhat.dll (no copy of FactStore.Abstractions.dll needed)
        await using var store = await FactStoreDatabase.OpenAsync(
            new FactStoreOptions { PluginFolder = plugins }.UseSqlite(databasePath), [], [], cancellationToken);
        return await store.ImportAsync("who-said-what", ImportInput.FromFile(list), cancellationToken);
        // README plugin folder: end
    }
}
