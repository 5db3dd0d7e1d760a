using FactStore.Importers;
using FactStore.Importers.Articles;
using FactStore.Importers.ClaimReview;
using FactStore.Importers.Jsonl;
using FactStore.Importers.Wikidata;
using FactStore.QueryProviders;
using FactStore.WebAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactStore;

/// <summary>Registers FactStore in a <see cref="IServiceCollection"/>.</summary>
public static class FactStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFactStore"/> and <see cref="IFactStoreReader"/> as one singleton store, with its
    /// <see cref="IFactStoreExport"/> and <see cref="IFactStoreMaintenance"/>, with the built-in
    /// importers and query providers, any added through the returned builder, and the plugins of <see cref="FactStoreOptions.PluginFolder"/>. Calling it again changes the options and adds nothing twice.
    /// </summary>
    /// <remarks>
    /// Resolving the store never blocks a thread: nothing is opened then. The first operation on it opens the database
    /// (creating and migrating it if needed) asynchronously, and every operation awaits that one open; an open that
    /// fails is tried again by the next operation. The container disposes the store. <see cref="FactStoreDatabase"/>
    /// itself is not registered, since it can only be had open; exports and verification are reached through the
    /// registered <see cref="IFactStoreExport"/> and <see cref="IFactStoreMaintenance"/>, and a host that needs the store's
    /// own members opens one with
    /// <see cref="FactStoreDatabase.OpenAsync(FactStoreOptions, IEnumerable{IFactImporter}, IEnumerable{IFactQueryProvider}, CancellationToken)"/>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, e.g. <c>o =&gt; o.DatabasePath = "facts.db"</c>.</param>
    /// <returns>A builder to add importers and query providers.</returns>
    public static FactStoreBuilder AddFactStore(this IServiceCollection services, Action<FactStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => new FactStoreOptions());
        if (configure is not null)
        {
            services.AddSingleton(new OptionsConfiguration(configure));
        }

        // Resolving the store opens nothing: the first operation opens the database, asynchronously (see LazyFactStore).
        services.TryAddSingleton(provider => new LazyFactStore(() =>
        {
            var options = provider.GetRequiredService<FactStoreOptions>();
            foreach (var configuration in provider.GetServices<OptionsConfiguration>())
            {
                configuration.Configure(options);
            }

            return FactStoreDatabase.OpenAsync(
                options,
                provider.GetServices<IFactImporter>(),
                provider.GetServices<IFactQueryProvider>(),
                CancellationToken.None);
        }));
        services.TryAddSingleton<IFactStore>(provider => provider.GetRequiredService<LazyFactStore>());
        services.TryAddSingleton<IFactStoreReader>(provider => provider.GetRequiredService<LazyFactStore>());
        services.TryAddSingleton<IFactStoreExport>(provider => new LazyStoreExport(provider.GetRequiredService<LazyFactStore>()));
        services.TryAddSingleton<IFactStoreMaintenance>(provider => new LazyStoreMaintenance(provider.GetRequiredService<LazyFactStore>()));

        return new FactStoreBuilder(services)
            .AddImporter<PlainTextArticleImporter>()
            .AddImporter<HtmlArticleImporter>()
            .AddImporter<MarkdownArticleImporter>()
            .AddImporter<AnnotationFileImporter>()
            .AddImporter<ClaimReviewImporter>()
            .AddImporter<WikidataImporter>()
            .AddImporter<WebAnnotationImporter>()
            .AddImporter<CanonicalJsonLinesImporter>()
            .AddQueryProvider<ContestedFactsQueryProvider>()
            .AddQueryProvider<FactsAboutQueryProvider>();
    }

    /// <summary>One <c>configure</c> callback passed to <see cref="AddFactStore"/>, applied in registration order.</summary>
    private sealed record OptionsConfiguration(Action<FactStoreOptions> Configure);
}
