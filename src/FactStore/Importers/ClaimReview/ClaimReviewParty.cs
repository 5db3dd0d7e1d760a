using System.Text.Json;

namespace FactStore.Importers.ClaimReview;

/// <summary>A reviewer or claimant (a schema.org Person or Organization, or a bare name) as an <see cref="Entity"/>.</summary>
internal static class ClaimReviewParty
{
    private static readonly string[] OrganizationTypes =
        ["Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization", "NGO", "PoliticalParty", "EducationalOrganization", "OnlineBusiness"];

    /// <summary>Whether the node is typed as an organization.</summary>
    public static bool IsOrganization(JsonElement node) => JsonLd.Types(node).Any(OrganizationTypes.Contains);

    /// <summary>
    /// The entity: its name as label (a bare string is a name), Person or Organization from <c>@type</c> (else
    /// <paramref name="untyped"/>), <c>alternateName</c> as aliases, and <c>sameAs</c> and <c>url</c> as external ids,
    /// Wikidata ids first so that the identity does not depend on the order a site lists them in. Null without a name.
    /// </summary>
    public static Entity? Read(JsonLd jsonLd, JsonElement node, EntityKind untyped)
    {
        if (node.ValueKind == JsonValueKind.String)
        {
            return JsonLd.TextOf(node) is string bare ? new Entity { Label = bare, Kind = untyped } : null;
        }

        if (jsonLd.FirstText(node, "name", "alternateName") is not string label)
        {
            return null;
        }

        var kind = JsonLd.Types(node).Contains("Person") ? EntityKind.Person : IsOrganization(node) ? EntityKind.Organization : untyped;
        var ids = Ids(jsonLd, node, "sameAs").Concat(Ids(jsonLd, node, "url")).ToList();
        return new Entity
        {
            Label = label,
            Kind = kind,
            ExternalIds = [.. ids.Where(id => id.Scheme == "wikidata").Concat(ids.Where(id => id.Scheme != "wikidata"))],
            Aliases = [.. jsonLd.Values(node, "alternateName").Select(JsonLd.TextOf).OfType<string>().Where(a => a != label).Select(a => LocalizedText.Create(a))],
        };
    }

    /// <summary>The identifiers a property's values name: URLs, Wikidata ids, <c>scheme:value</c>; plain text is skipped.</summary>
    public static IEnumerable<ExternalId> Ids(JsonLd jsonLd, JsonElement node, string property) =>
        jsonLd.Values(node, property)
            .Select(value => value.ValueKind == JsonValueKind.Object ? jsonLd.FirstText(value, "url", "@id") : JsonLd.TextOf(value))
            .Select(text => ExternalId.TryParse(text, out var id) && id.Scheme != "file" ? id : default)
            .Where(id => id.IsValid);
}
