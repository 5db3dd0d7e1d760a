using System.Text.Json;

namespace FactStore.WebAnnotations;

/// <summary>
/// The annotation's <c>creator</c> as the stance's holder: a FactStore entity IRI names the entity; the source's own IRI
/// means the source itself holds the position; any other agent becomes an entity named by <c>name</c> (else
/// <c>nickname</c>, else its IRI) and known by its <c>id</c> IRI as external id.
/// </summary>
internal static class WebAnnotationCreator
{
    /// <summary>The holder's id (null for the source itself), the entity to write, and the creator's details the entity has no field for.</summary>
    public static (string? HolderId, Entity? Entity, List<Qualifier> Leftovers) Read(JsonElement creators)
    {
        var all = WebAnnotationJson.Many(creators).ToList();
        if (all.Count == 0)
        {
            return (null, null, []);
        }

        var creator = all[0];
        List<Qualifier> leftovers = all.Count > 1 ? [WebAnnotationRecords.Kept("creator", WebAnnotationJson.Compact(creators))] : [];
        var iri = WebAnnotationJson.Id(creator);
        if (FactStoreIri.IdOf(iri, "source", "src") is not null)
        {
            return (null, null, leftovers);
        }

        var name = WebAnnotationJson.Text(WebAnnotationJson.Property(creator, "name"));
        var nickname = WebAnnotationJson.Text(WebAnnotationJson.Property(creator, "nickname"));
        var kind = WebAnnotationJson.Is(creator, "Person") ? EntityKind.Person
            : WebAnnotationJson.Is(creator, "Organization") ? EntityKind.Organization
            : EntityKind.Other;
        if (all.Count == 1 && creator.ValueKind == JsonValueKind.Object)
        {
            var extra = creator.EnumerateObject().Where(p => p.Name is not ("id" or "@id" or "type" or "@type" or "name" or "nickname")).ToList();
            if (extra.Count > 0)
            {
                leftovers.Add(WebAnnotationRecords.Kept("creator", WebAnnotationJson.Compact(extra.Select(p => (p.Name, p.Value)))));
            }
        }

        if (FactStoreIri.IdOf(iri, "entity", "ent") is string entityId)
        {
            // Written again only when the name and kind alone give the same entity; otherwise it must be in the store.
            var entity = name is not null && Entity.IdFor(kind, name) == entityId ? new Entity { Label = name, Kind = kind } : null;
            return (entityId, entity, leftovers);
        }

        var externalIds = ExternalId.TryParse(iri, out var id) && id.Scheme != "file" ? [id] : Array.Empty<ExternalId>();
        var label = name ?? nickname ?? iri
            ?? throw new FormatException($"its creator {WebAnnotationJson.Compact(creator)} has neither a name, a nickname nor an id");
        var aliases = nickname is not null && nickname != label ? [LocalizedText.Create(nickname)] : Array.Empty<LocalizedText>();
        var holder = new Entity { Label = label, Kind = kind, ExternalIds = externalIds, Aliases = aliases };
        return (holder.Id, holder, leftovers);
    }
}
