using System.Text.Json;
using FactStore.Exporting;

namespace FactStore.WebAnnotations;

/// <summary>
/// Writes a stance as a W3C Web Annotation: its fact as a <c>TextualBody</c>, its source and citation as the target
/// with a <c>TextQuoteSelector</c> and a <c>TextPositionSelector</c>, its holder as the creator; what the Web
/// Annotation model has no term for under <c>factstore:</c> properties, so the importer reads the stance back exactly.
/// </summary>
internal static class WebAnnotationWriter
{
    public const string AnnotationContext = "http://www.w3.org/ns/anno.jsonld";

    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>The <c>@context</c>: the Web Annotation context, then FactStore's extension terms.</summary>
    public static void WriteContext(Utf8JsonWriter json)
    {
        json.WriteStartArray("@context");
        json.WriteStringValue(AnnotationContext);
        json.WriteStartObject();
        json.WriteString("factstore", FactStoreIri.Vocabulary);
        foreach (var term in (string[])["fact", "source", "supersedes"])
        {
            json.WriteStartObject(FactStoreIri.Prefix + term);
            json.WriteString("@type", "@id");
            json.WriteEndObject();
        }

        json.WriteStartObject(FactStoreIri.Prefix + "qualifiers");
        json.WriteString("@type", "@json");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>
    /// Opens an <c>AnnotationCollection</c> with its <c>@context</c> and one embedded <c>AnnotationPage</c>
    /// (<paramref name="id"/><c>:page1</c>), up to its <c>items</c> array; <see cref="WriteCollectionEnd"/> closes it.
    /// </summary>
    public static void WriteCollectionStart(Utf8JsonWriter json, string id, string label)
    {
        json.WriteStartObject();
        WriteContext(json);
        json.WriteString("id", id);
        json.WriteString("type", "AnnotationCollection");
        json.WriteString("label", label);
        json.WriteStartObject("first");
        json.WriteString("id", id + ":page1");
        json.WriteString("type", "AnnotationPage");
        json.WriteString("partOf", id);
        json.WriteNumber("startIndex", 0);
        json.WriteStartArray("items");
    }

    /// <summary>Closes what <see cref="WriteCollectionStart"/> opened; <c>total</c> comes last, since the items stream.</summary>
    public static void WriteCollectionEnd(Utf8JsonWriter json, int total)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteNumber("total", total);
        json.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter json, Stance stance, string statement, Source? source, Entity? holder, bool withContext)
    {
        json.WriteStartObject();
        if (withContext)
        {
            WriteContext(json);
        }

        json.WriteString("id", FactStoreIri.Stance(stance.Id));
        json.WriteString("type", "Annotation");
        json.WriteString("motivation", stance.Position == StancePosition.Neutral ? "commenting" : "assessing");
        WriteCreator(json, stance, source, holder);
        if (stance.SaidAt is PartialDate said)
        {
            json.WriteString("created", said.ToString());
        }

        json.WriteStartObject("body");
        json.WriteString("type", "TextualBody");
        json.WriteString("value", statement);
        json.WriteString(FactStoreIri.Prefix + "fact", FactStoreIri.Fact(stance.FactId));
        json.WriteString(FactStoreIri.Prefix + "position", RecordJson.Name(stance.Position));
        json.WriteEndObject();
        WriteTarget(json, stance, source);
        if (stance.Origin != StanceOrigin.Curated)
        {
            json.WriteString(FactStoreIri.Prefix + "origin", RecordJson.Name(stance.Origin));
        }

        if (stance.Rank != StatementRank.Normal)
        {
            json.WriteString(FactStoreIri.Prefix + "rank", RecordJson.Name(stance.Rank));
        }

        if (stance.Confidence is double confidence)
        {
            json.WriteNumber(FactStoreIri.Prefix + "confidence", confidence);
        }

        if (stance.Key is string key)
        {
            json.WriteString(FactStoreIri.Prefix + "key", key);
        }

        if (stance.Supersedes is string supersedes)
        {
            json.WriteString(FactStoreIri.Prefix + "supersedes", FactStoreIri.Stance(supersedes));
        }

        if (stance.Qualifiers.Count > 0)
        {
            StanceQualifiers.Write(json, stance.Qualifiers);
        }

        json.WriteEndObject();
    }

    /// <summary>The IRI a source is known by on the web: its first locator as a URL, DOI or Wikidata IRI, else its FactStore IRI.</summary>
    public static string SourceIri(string sourceId, ExternalId? firstLocator) => firstLocator switch
    {
        { Scheme: "url" } url => url.Value,
        { Scheme: "doi" } doi => "https://doi.org/" + doi.Value,
        { Scheme: "wikidata" } item => "http://www.wikidata.org/entity/" + item.Value,
        { Scheme: not "file" } other => other.ToString(),
        _ => FactStoreIri.Source(sourceId),
    };

    private static void WriteCreator(Utf8JsonWriter json, Stance stance, Source? source, Entity? holder)
    {
        if (holder is not null)
        {
            json.WriteStartObject("creator");
            json.WriteString("id", FactStoreIri.Entity(holder.Id));
            if (holder.Kind is EntityKind.Person or EntityKind.Organization)
            {
                json.WriteString("type", holder.Kind.ToString());
            }

            json.WriteString("name", holder.Label);
            json.WriteEndObject();
        }
        else if (stance.HolderId is null && source?.Publisher is string publisher)
        {
            // The source itself holds the position: its publisher speaks for it.
            json.WriteStartObject("creator");
            json.WriteString("id", FactStoreIri.Source(stance.SourceId));
            json.WriteString("type", "Organization");
            json.WriteString("name", publisher);
            json.WriteEndObject();
        }
        else if (stance.HolderId is string holderId)
        {
            json.WriteString("creator", FactStoreIri.Entity(holderId));
        }
    }

    private static void WriteTarget(Utf8JsonWriter json, Stance stance, Source? source)
    {
        json.WriteStartObject("target");
        json.WriteString("type", "SpecificResource");
        json.WriteString("source", SourceIri(stance.SourceId, source?.Locators is [var first, ..] ? first : (ExternalId?)null));
        json.WriteString(FactStoreIri.Prefix + "source", FactStoreIri.Source(stance.SourceId));
        if (stance.Citation is Citation citation)
        {
            var position = citation is { Start: int, End: int };
            if (citation.Quote is not null || position)
            {
                json.WriteStartArray("selector");
                if (citation.Quote is string quote)
                {
                    json.WriteStartObject();
                    json.WriteString("type", "TextQuoteSelector");
                    json.WriteString("exact", quote);
                    WriteIfGiven(json, "prefix", citation.Prefix);
                    WriteIfGiven(json, "suffix", citation.Suffix);
                    json.WriteEndObject();
                }

                if (position)
                {
                    json.WriteStartObject();
                    json.WriteString("type", "TextPositionSelector");
                    json.WriteNumber("start", citation.Start!.Value);
                    json.WriteNumber("end", citation.End!.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            WriteIfGiven(json, FactStoreIri.Prefix + "locator", citation.Locator);
        }

        json.WriteEndObject();
    }

    private static void WriteIfGiven(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }
}
