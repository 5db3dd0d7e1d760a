using FactStore.Importers;
using FactStore.Importers.Articles;
using FactStore.Importers.ClaimReview;
using FactStore.Importers.Jsonl;
using FactStore.Importers.Wikidata;
using FactStore.QueryProviders;
using FactStore.WebAnnotations;

namespace FactStore;

/// <summary>The importers and query providers every store has, registered or not.</summary>
internal static class BuiltIns
{
    public static IEnumerable<IFactImporter> Importers() => [new PlainTextArticleImporter(), new HtmlArticleImporter(), new MarkdownArticleImporter(), new AnnotationFileImporter(), new WikidataImporter(), new ClaimReviewImporter(), new WebAnnotationImporter(), new CanonicalJsonLinesImporter()];

    public static IEnumerable<IFactQueryProvider> QueryProviders() => [new ContestedFactsQueryProvider(), new FactsAboutQueryProvider()];
}
