using System.Text.Json;
using AngleSharp.Html.Parser;

namespace FactStore.WebAnnotations;

/// <summary>
/// An annotation's bodies sorted out: claims (textual bodies and FactStore fact IRIs) become facts; tags become
/// qualifiers; anything else (an IRI, audio, a resource) is kept whole as a <c>body</c> qualifier.
/// </summary>
internal sealed class WebAnnotationBody
{
    public List<Claim> Claims { get; } = [];

    public List<string> Tags { get; } = [];

    public List<JsonElement> Others { get; } = [];

    public static WebAnnotationBody Read(JsonElement annotation, bool taggingMotivation)
    {
        var bodies = new WebAnnotationBody();
        foreach (var body in WebAnnotationJson.Many(WebAnnotationJson.Property(annotation, "body")))
        {
            bodies.Add(body, taggingMotivation);
        }

        if (WebAnnotationJson.Text(WebAnnotationJson.Property(annotation, "bodyValue")) is string value)
        {
            bodies.Claims.Add(new Claim(value, null, null, []));
        }

        return bodies;
    }

    private void Add(JsonElement body, bool taggingMotivation)
    {
        if (body.ValueKind == JsonValueKind.String)
        {
            if (FactStoreIri.IdOf(body.GetString(), "fact", "fct") is string factId)
            {
                Claims.Add(new Claim(null, factId, null, []));
            }
            else
            {
                Others.Add(body);
            }

            return;
        }

        if (WebAnnotationJson.Is(body, "Choice"))
        {
            // A client shows one option of a choice: the first textual one is the claim, the other options are kept.
            var options = WebAnnotationJson.Many(WebAnnotationJson.Property(body, "items")).ToList();
            var chosen = options.FindIndex(IsClaim);
            if (chosen < 0)
            {
                Others.Add(body);
                return;
            }

            Add(options[chosen], taggingMotivation);
            Others.AddRange(options.Where((_, i) => i != chosen));
            return;
        }

        if (!IsClaim(body))
        {
            Others.Add(body);
            return;
        }

        var text = WebAnnotationJson.Text(WebAnnotationJson.Property(body, "value"));
        var purposes = WebAnnotationJson.Many(WebAnnotationJson.Property(body, "purpose")).Select(WebAnnotationJson.Text).ToList();
        if (text is not null && (purposes.Contains("tagging") || (purposes.Count == 0 && taggingMotivation)))
        {
            Tags.Add(text);
            return;
        }

        var format = WebAnnotationJson.Text(WebAnnotationJson.Property(body, "format"));
        if (text is not null && format is "text/html" or "application/xhtml+xml")
        {
            text = Decode(text);
        }

        var fact = FactStoreIri.IdOf(WebAnnotationJson.Text(WebAnnotationJson.Property(body, FactStoreIri.Prefix + "fact")), "fact", "fct");
        var position = WebAnnotationJson.Text(WebAnnotationJson.Property(body, FactStoreIri.Prefix + "position"));
        var leftovers = body.EnumerateObject()
            .Where(p => p.Name is not ("value" or "factstore:fact" or "factstore:position") && !(p.Name is "type" or "@type" && WebAnnotationJson.Is(body, "TextualBody")))
            .Select(p => (p.Name, p.Value))
            .ToList();
        Claims.Add(new Claim(text, fact, position, leftovers));
    }

    private static bool IsClaim(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
        && (WebAnnotationJson.Text(WebAnnotationJson.Property(body, "value")) is not null
            || FactStoreIri.IdOf(WebAnnotationJson.Text(WebAnnotationJson.Property(body, FactStoreIri.Prefix + "fact")), "fact", "fct") is not null)
        && (WebAnnotationJson.Types(body) is [] || WebAnnotationJson.Is(body, "TextualBody"));

    private static string Decode(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return document.Body?.TextContent is { } text && !string.IsNullOrWhiteSpace(text) ? text : html;
    }

    /// <summary>A claim: its statement, the FactStore fact it names, the position written by FactStore's exporter, and the body's other properties.</summary>
    internal sealed record Claim(string? Statement, string? FactId, string? Position, List<(string Name, JsonElement Value)> Leftovers);
}
