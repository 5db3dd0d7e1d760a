using FactStore.Importers;
using FactStore.Importers.ClaimReview;
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
    /// Registers <see cref="IFactStore"/> and <see cref="IFactStoreReader"/> as one singleton
    /// <see cref="FactStoreDatabase"/>, opened on first use, with the built-in importers and query providers and any
    /// added through the returned builder. Calling it again changes the options and adds nothing twice.
    /// </summary>
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

        services.TryAddSingleton(provider =>
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
                CancellationToken.None).GetAwaiter().GetResult();
        });
        services.TryAddSingleton<IFactStore>(provider => provider.GetRequiredService<FactStoreDatabase>());
        services.TryAddSingleton<IFactStoreReader>(provider => provider.GetRequiredService<FactStoreDatabase>());

        return new FactStoreBuilder(services)
            .AddImporter<PlainTextArticleImporter>()
            .AddImporter<AnnotationFileImporter>()
            .AddImporter<ClaimReviewImporter>()
            .AddImporter<WikidataImporter>()
            .AddImporter<WebAnnotationImporter>()
            .AddQueryProvider<ContestedFactsQueryProvider>()
            .AddQueryProvider<FactsAboutQueryProvider>();
    }

    /// <summary>One <c>configure</c> callback passed to <see cref="AddFactStore"/>, applied in registration order.</summary>
    private sealed record OptionsConfiguration(Action<FactStoreOptions> Configure);
}
