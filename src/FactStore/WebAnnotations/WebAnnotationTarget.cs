using System.Text.Json;

namespace FactStore.WebAnnotations;

/// <summary>
/// An annotation's targets as sources and citations: the target's source IRI names the source (a FactStore source IRI
/// directly, any other IRI as a source known by reference); its text selectors become the citation, and whatever the
/// citation has no field for is kept in <see cref="Citation.Locator"/> as compact JSON.
/// </summary>
internal static class WebAnnotationTarget
{
    private static readonly string[] Collections = ["Composite", "List", "Independents"];

    public static IReadOnlyList<(string SourceId, Source? Record, Citation? Citation)> Read(JsonElement targets)
    {
        var found = new List<(string, Source?, Citation?)>();
        foreach (var target in WebAnnotationJson.Many(targets))
        {
            if (WebAnnotationJson.Types(target).FirstOrDefault(Collections.Contains) is string collection
                && WebAnnotationJson.Property(target, "items") is { ValueKind: not JsonValueKind.Undefined } items)
            {
                var index = 0;
                foreach (var item in WebAnnotationJson.Many(items))
                {
                    found.Add(One(item, (collection, index++)));
                }
            }
            else
            {
                found.Add(One(target, null));
            }
        }

        return found.Count > 0 ? found : throw new FormatException("it has no target: a stance needs the source it cites");
    }

    private static (string, Source?, Citation?) One(JsonElement target, (string Type, int Index)? member)
    {
        var leftovers = new List<(string Name, JsonElement Value)>();
        string? iri;
        string? storeLocator = null;
        var quote = new Quote();
        if (target.ValueKind == JsonValueKind.String)
        {
            iri = WebAnnotationJson.Text(target);
        }
        else if (target.ValueKind == JsonValueKind.Object)
        {
            var source = WebAnnotationJson.Property(target, "source");
            var named = WebAnnotationJson.Text(WebAnnotationJson.Property(target, FactStoreIri.Prefix + "source"));
            iri = named ?? WebAnnotationJson.Id(source) ?? WebAnnotationJson.Id(target);
            var idIsSource = source.ValueKind == JsonValueKind.Undefined && named is null;
            foreach (var property in target.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "source" when source.ValueKind == JsonValueKind.String:
                    case "factstore:source":
                    case "id" or "@id" when idIsSource:
                    case "type" or "@type" when WebAnnotationJson.Is(target, "SpecificResource"):
                        break;
                    case "factstore:locator" when property.Value.ValueKind == JsonValueKind.String:
                        storeLocator = property.Value.GetString();
                        break;
                    case "selector":
                        if (!quote.Take(property.Value))
                        {
                            leftovers.Add((property.Name, property.Value));
                        }

                        break;
                    default:
                        leftovers.Add((property.Name, property.Value));
                        break;
                }
            }
        }
        else
        {
            throw new FormatException($"its target {WebAnnotationJson.Compact(target)} is neither an IRI nor a resource");
        }

        if (iri is null)
        {
            throw new FormatException($"its target {Short(target)} names no source (no \"source\" or \"id\")");
        }

        var (sourceId, record) = SourceOf(iri);
        if (iri.Contains('#', StringComparison.Ordinal) && record is not null)
        {
            // A URL locator drops the fragment (#xywh=…, #page=2): keep the IRI as given.
            leftovers.Insert(0, ("source", Json(iri)));
        }

        var locator = (leftovers.Count, member) switch
        {
            (0, null) => storeLocator,
            _ => WebAnnotationJson.Compact(Members(member).Concat(leftovers).Concat(storeLocator is null ? [] : [("factstore:locator", Json(storeLocator))])),
        };
        var citation = quote.Exact is null && quote.Start is null && locator is null
            ? null
            : new Citation { Quote = quote.Exact, Prefix = quote.Prefix, Suffix = quote.Suffix, Start = quote.Start, End = quote.End, Locator = locator };
        return (sourceId, record, citation);
    }

    private static (string Id, Source? Record) SourceOf(string iri)
    {
        if (FactStoreIri.IdOf(iri, "source", "src") is string id)
        {
            return (id, null);
        }

        if (!ExternalId.TryParse(iri, out var locator))
        {
            throw new FormatException($"its target source '{Clip(iri)}' is no IRI (expected a URL, a URN, a DOI or a FactStore source IRI)");
        }

        var source = new Source { Locators = [locator] };
        return (source.Id, source);
    }

    private static IEnumerable<(string, JsonElement)> Members((string Type, int Index)? member) =>
        member is (string type, int index) ? [("memberOf", Json(type)), ("index", JsonSerializer.SerializeToElement(index))] : [];

    private static JsonElement Json(string text) => JsonSerializer.SerializeToElement(text);

    private static string Short(JsonElement value) => Clip(WebAnnotationJson.Compact(value));

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";

    /// <summary>What the citation can hold of a <c>selector</c>: a quote with its context, and offsets.</summary>
    private sealed class Quote
    {
        public string? Exact { get; private set; }

        public string? Prefix { get; private set; }

        public string? Suffix { get; private set; }

        public int? Start { get; private set; }

        public int? End { get; private set; }

        /// <summary>Takes the selectors in; returns whether they were held whole (otherwise the caller keeps them verbatim).</summary>
        public bool Take(JsonElement selectors)
        {
            var whole = true;
            foreach (var selector in WebAnnotationJson.Many(selectors))
            {
                whole &= TakeOne(selector, topLevel: true);
            }

            return whole;
        }

        private bool TakeOne(JsonElement selector, bool topLevel)
        {
            var refined = WebAnnotationJson.Property(selector, "refinedBy");
            var whole = refined.ValueKind == JsonValueKind.Undefined;
            if (WebAnnotationJson.Is(selector, "TextQuoteSelector") && Exact is null
                && WebAnnotationJson.Property(selector, "exact") is { ValueKind: JsonValueKind.String } exact && !string.IsNullOrWhiteSpace(exact.GetString()))
            {
                Exact = exact.GetString();
                Prefix = WebAnnotationJson.Property(selector, "prefix") is { ValueKind: JsonValueKind.String } p ? p.GetString() : null;
                Suffix = WebAnnotationJson.Property(selector, "suffix") is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
                whole &= topLevel && selector.EnumerateObject().All(p => p.Name is "type" or "@type" or "exact" or "prefix" or "suffix");
            }
            else if (WebAnnotationJson.Is(selector, "TextPositionSelector") && topLevel && Start is null
                && Offset(selector, "start") is int start && Offset(selector, "end") is int end && start <= end)
            {
                // Offsets of a refinement are relative to the outer selection, not to the source's text: kept verbatim only.
                Start = start;
                End = end;
                whole &= selector.EnumerateObject().All(p => p.Name is "type" or "@type" or "start" or "end");
            }
            else
            {
                whole = false;
            }

            // A quote is the same words whatever part of the document it was refined from.
            if (refined.ValueKind != JsonValueKind.Undefined && !WebAnnotationJson.Is(selector, "RangeSelector"))
            {
                foreach (var inner in WebAnnotationJson.Many(refined))
                {
                    TakeOne(inner, topLevel: false);
                }
            }

            return whole;
        }

        private static int? Offset(JsonElement selector, string name) =>
            WebAnnotationJson.Property(selector, name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var value) && value >= 0 ? value : null;
    }
}
