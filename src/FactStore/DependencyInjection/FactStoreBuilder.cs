using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactStore;

/// <summary>Adds plugins to a fact store registered with <see cref="FactStoreServiceCollectionExtensions.AddFactStore"/>.</summary>
public sealed class FactStoreBuilder
{
    internal FactStoreBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection the store is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds an importer, once however often it is called.</summary>
    /// <typeparam name="TImporter">The importer type; created by the container as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public FactStoreBuilder AddImporter<TImporter>()
        where TImporter : class, IFactImporter
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IFactImporter, TImporter>());
        return this;
    }

    /// <summary>Adds a query provider, once however often it is called.</summary>
    /// <typeparam name="TProvider">The provider type; created by the container as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public FactStoreBuilder AddQueryProvider<TProvider>()
        where TProvider : class, IFactQueryProvider
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IFactQueryProvider, TProvider>());
        return this;
    }
}
