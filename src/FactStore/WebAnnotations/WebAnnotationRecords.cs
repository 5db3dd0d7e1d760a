using System.Text.Json;
using FactStore.Importers.ClaimReview;

namespace FactStore.WebAnnotations;

/// <summary>One Web Annotation as records: its target sources, its creator, its claims as facts, and a stance per claim and target.</summary>
internal static class WebAnnotationRecords
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "@context", "id", "@id", "type", "@type", "motivation", "body", "bodyValue", "target", "creator", "created",
        "factstore:position", "factstore:origin", "factstore:rank", "factstore:confidence", "factstore:key", "factstore:supersedes", "factstore:qualifiers",
    };

    /// <summary>A detail kept as text: compact JSON for an input property the model has no field for.</summary>
    public static Qualifier Kept(string property, string text) => new() { Property = property, Value = FactObject.Literal(text) };

    public static IReadOnlyList<StoreRecord> Read(JsonElement annotation)
    {
        var motivation = WebAnnotationJson.Property(annotation, "motivation");
        var motivations = WebAnnotationJson.Many(motivation).Select(WebAnnotationJson.Text).OfType<string>().Select(m => m.Replace("oa:", "", StringComparison.Ordinal)).ToList();
        var bodies = WebAnnotationBody.Read(annotation, motivations.Contains("tagging"));
        if (bodies.Claims.Count == 0)
        {
            throw new FormatException(NoClaim(annotation, bodies));
        }

        var targets = WebAnnotationTarget.Read(WebAnnotationJson.Property(annotation, "target"));
        var (holderId, holder, creatorKept) = WebAnnotationCreator.Read(WebAnnotationJson.Property(annotation, "creator"));
        var created = WebAnnotationJson.Text(WebAnnotationJson.Property(annotation, "created"));
        PartialDate? said = created is null ? null
            : PartialDate.TryParse(created, out var date) ? date
            : SchemaDate.Parse(created) ?? throw new FormatException($"its created date '{created}' is no date");

        var common = new List<Qualifier>(StanceQualifiers.Read(WebAnnotationJson.Property(annotation, FactStoreIri.Prefix + "qualifiers")));
        common.AddRange(bodies.Tags.Select(tag => Kept("tag", tag)));
        common.AddRange(bodies.Others.Select(body => Kept("body", WebAnnotationJson.Compact(body))));
        var details = new List<Qualifier>(creatorKept);
        if (created is not null && !PartialDate.TryParse(created, out _))
        {
            details.Add(Kept("created", WebAnnotationJson.Compact(WebAnnotationJson.Property(annotation, "created"))));
        }

        details.AddRange(annotation.EnumerateObject().Where(p => !Known.Contains(p.Name)).Select(p => Kept(p.Name, WebAnnotationJson.Compact(p.Value))));

        var annotationId = WebAnnotationJson.Id(annotation);
        var key = Text(annotation, "key") ?? (FactStoreIri.IdOf(annotationId, "stance", "stn") is null ? annotationId : null);
        var supersedes = Text(annotation, "supersedes") is string old
            ? FactStoreIri.IdOf(old, "stance", "stn") ?? throw new FormatException($"its factstore:supersedes '{old}' is no FactStore stance IRI")
            : null;
        var origin = Name<StanceOrigin>(annotation, "origin");
        var rank = Name<StatementRank>(annotation, "rank") ?? StatementRank.Normal;
        var confidence = WebAnnotationJson.Property(annotation, FactStoreIri.Prefix + "confidence") is { ValueKind: JsonValueKind.Number } c ? c.GetDouble() : (double?)null;
        var annotationPosition = Text(annotation, "position");

        var records = new List<StoreRecord>();
        records.AddRange(targets.Select(t => t.Record).OfType<Source>().DistinctBy(s => s.Id));
        if (holder is not null)
        {
            records.Add(holder);
        }

        var count = bodies.Claims.Count * targets.Count;
        var index = 0;
        foreach (var claim in bodies.Claims)
        {
            foreach (var (sourceId, _, citation) in targets)
            {
                var stated = claim.Position ?? annotationPosition;
                var position = stated is null ? (StancePosition?)null : Parse<StancePosition>(stated, "position");
                var statement = claim.Statement;
                var qualifiers = new List<Qualifier>(common);
                var decidedOrigin = origin;
                if (position is null && motivations.Contains("assessing") && citation?.Quote is string quote
                    && statement is { Length: <= 40 } && ClaimReviewRating.FromWords(statement) is StancePosition verdict)
                {
                    // "False" said of a quoted claim: the claim is the quote, and the assessment refutes it.
                    qualifiers.Add(Kept("verdict", statement));
                    (statement, position, decidedOrigin) = (quote, verdict, origin ?? StanceOrigin.Importer);
                }

                position ??= motivations.Contains("questioning") ? StancePosition.Uncertain : StancePosition.Neutral;
                if (claim.Leftovers.Count > 0)
                {
                    qualifiers.Add(Kept("body", WebAnnotationJson.Compact(claim.Leftovers)));
                }

                var expected = position == StancePosition.Neutral ? "commenting" : "assessing";
                if (motivations.Count > 0 && !(motivations.Count == 1 && motivations[0] == expected))
                {
                    qualifiers.Add(Kept("motivation", WebAnnotationJson.Compact(motivation)));
                }

                qualifiers.AddRange(details);
                var factId = FactOf(claim, statement, records);
                var stance = new Stance
                {
                    FactId = factId,
                    SourceId = sourceId,
                    HolderId = holderId,
                    Position = position.Value,
                    Citation = citation,
                    SaidAt = said,
                    Origin = decidedOrigin ?? StanceOrigin.Curated,
                    Confidence = confidence,
                    Rank = rank,
                    Key = key is null || count == 1 ? key : $"{key} {++index}/{count}",
                    Qualifiers = qualifiers,
                    Supersedes = supersedes,
                };
                stance.Validate();
                records.Add(stance);
            }
        }

        return records;
    }

    private static string FactOf(WebAnnotationBody.Claim claim, string? statement, List<StoreRecord> records)
    {
        if (claim.FactId is string named && (statement is null || statement != claim.Statement || new Fact { Statement = statement }.Id != named))
        {
            // A structured fact (or one with a validity) is not its statement alone: it must be in the store already.
            return named;
        }

        var fact = new Fact { Statement = statement ?? throw new FormatException("its body names no fact and states no claim") };
        if (!records.OfType<Fact>().Any(f => f.Id == fact.Id))
        {
            records.Add(fact);
        }

        return fact.Id;
    }

    private static string NoClaim(JsonElement annotation, WebAnnotationBody bodies)
    {
        const string needed = "a stance needs a claim: a TextualBody (or bodyValue) or a FactStore fact IRI";
        if (bodies.Tags.Count > 0 && bodies.Others.Count == 0)
        {
            return $"its only textual bodies are tags ({string.Join(", ", bodies.Tags)}); {needed} with a purpose other than tagging";
        }

        if (bodies.Others.Count == 0)
        {
            return $"it has no body; {needed}";
        }

        var body = WebAnnotationJson.Compact(bodies.Others[0]);
        return $"its body {(body.Length <= 200 ? body : body[..200] + "…")} is no text; {needed}";
    }

    private static string? Text(JsonElement annotation, string name) =>
        WebAnnotationJson.Text(WebAnnotationJson.Property(annotation, FactStoreIri.Prefix + name));

    private static T? Name<T>(JsonElement annotation, string name)
        where T : struct, Enum => Text(annotation, name) is string text ? Parse<T>(text, name) : null;

    private static T Parse<T>(string text, string name)
        where T : struct, Enum =>
        text.All(char.IsAsciiLetter) && Enum.TryParse<T>(text, ignoreCase: true, out var value)
            ? value
            : throw new FormatException($"its factstore:{name} '{text}' is none of {string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}");
}
