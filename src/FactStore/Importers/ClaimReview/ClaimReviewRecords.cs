using System.Text.Json;

namespace FactStore.Importers.ClaimReview;

/// <summary>Maps one ClaimReview to records, in dependency order: entities, sources, the claim, then the stances (docs/claimreview.md).</summary>
internal static class ClaimReviewRecords
{
    public static IReadOnlyList<StoreRecord> Read(ClaimReviewInput input, JsonElement review)
    {
        var jsonLd = input.JsonLd;
        var claim = jsonLd.Text(review, "claimReviewed")
            ?? throw new FormatException("the ClaimReview has no \"claimReviewed\": the claim it reviews is required");

        var authors = jsonLd.Values(review, "author").ToList();
        var publisher = jsonLd.Values(review, "publisher").FirstOrDefault();
        var reviewerNode = authors.FirstOrDefault(ClaimReviewParty.IsOrganization) is { ValueKind: JsonValueKind.Object } organization
            ? organization
            : authors.Count > 0 ? authors[0] : publisher;
        var reviewer = reviewerNode.ValueKind == JsonValueKind.Undefined ? null : ClaimReviewParty.Read(jsonLd, reviewerNode, EntityKind.Organization);

        var factCheck = FactCheckSource(input, review, reviewer, authors, publisher);
        var item = jsonLd.Values(review, "itemReviewed").FirstOrDefault();
        var claimants = item.ValueKind == JsonValueKind.Object
            ? jsonLd.Values(item, "author").Select(a => ClaimReviewParty.Read(jsonLd, a, EntityKind.Other)).OfType<Entity>().ToList()
            : [];
        var appearances = item.ValueKind == JsonValueKind.Object ? Appearances(jsonLd, item) : [];
        var fact = new Fact { Statement = claim };
        var rating = jsonLd.Values(review, "reviewRating").FirstOrDefault(r => r.ValueKind == JsonValueKind.Object) is { ValueKind: JsonValueKind.Object } r
            ? r
            : (JsonElement?)null;

        var records = new List<StoreRecord>();
        if (reviewer is not null)
        {
            records.Add(reviewer);
        }

        records.AddRange(claimants);
        records.Add(factCheck);
        records.AddRange(appearances.Select(a => a.Source));
        records.Add(fact);
        records.Add(new Stance
        {
            FactId = fact.Id,
            SourceId = factCheck.Id,
            HolderId = reviewer?.Id,
            Position = ClaimReviewRating.Position(jsonLd, rating),
            Qualifiers = ClaimReviewRating.Qualifiers(jsonLd, rating),
            Origin = StanceOrigin.Importer,
            Key = factCheck.Locators[0].ToString(),
        });

        // The claimant asserts the claim where it appeared; without an appearance, as the fact-check reports it.
        var said = item.ValueKind == JsonValueKind.Object ? SchemaDate.Parse(jsonLd.Text(item, "datePublished")) : null;
        var places = appearances.Count > 0 ? appearances : [(factCheck, (PartialDate?)null)];
        List<string?> holders = claimants.Count > 0 ? [.. claimants.Select(c => c.Id)] : appearances.Count > 0 ? [null] : [];
        foreach (var holder in holders)
        {
            foreach (var (source, appeared) in places)
            {
                records.Add(new Stance
                {
                    FactId = fact.Id,
                    SourceId = source.Id,
                    HolderId = holder,
                    Position = StancePosition.Supports,
                    SaidAt = said ?? appeared,
                    Origin = StanceOrigin.Importer,
                });
            }
        }

        return records;
    }

    /// <summary>The fact-check article, by reference: its URL is its identity; an HTML page's file name is a further locator.</summary>
    private static Source FactCheckSource(ClaimReviewInput input, JsonElement review, Entity? reviewer, List<JsonElement> authors, JsonElement publisher)
    {
        var jsonLd = input.JsonLd;
        var url = ClaimReviewParty.Ids(jsonLd, review, "url").Concat(ClaimReviewParty.Ids(jsonLd, review, "@id")).FirstOrDefault(id => id.Scheme == "url");
        if (!url.IsValid && input.CanonicalUrl is string canonical && ExternalId.TryParse(canonical, out var page) && page.Scheme == "url")
        {
            url = page;
        }

        if (!url.IsValid && !input.IsHtml)
        {
            throw new FormatException("the ClaimReview has no \"url\": the fact-check article's address is required");
        }

        var locators = new List<ExternalId>();
        if (url.IsValid)
        {
            locators.Add(url);
        }

        locators.AddRange(ClaimReviewParty.Ids(jsonLd, review, "sameAs"));
        if (input.IsHtml)
        {
            locators.Add(ExternalId.Create("file", input.Name));
        }

        var published = SchemaDate.Parse(jsonLd.Text(review, "datePublished"));
        var language = jsonLd.Values(review, "inLanguage")
            .Select(l => l.ValueKind == JsonValueKind.Object ? jsonLd.Text(l, "alternateName") : JsonLd.TextOf(l))
            .FirstOrDefault(l => l is not null);
        return new Source
        {
            Locators = locators,
            Title = jsonLd.FirstText(review, "name", "headline") ?? (IsThePage(input, url) ? input.PageTitle : null),
            Publisher = reviewer is { Kind: EntityKind.Organization } ? reviewer.Label
                : publisher.ValueKind == JsonValueKind.Undefined ? null
                : publisher.ValueKind == JsonValueKind.Object ? jsonLd.Text(publisher, "name") : JsonLd.TextOf(publisher),
            Authors = [.. authors.Where(a => JsonLd.Is(a, "Person")).Select(a => jsonLd.Text(a, "name")).OfType<string>()],
            StatedDate = published,
            StatedDateKind = published is null ? StatedDateKind.Unknown : StatedDateKind.Published,
            Language = language,
        };
    }

    /// <summary>Whether the fact-check is the HTML page itself (it has no other URL, or the page's canonical one), so the page's title is its title.</summary>
    private static bool IsThePage(ClaimReviewInput input, ExternalId url) =>
        input.IsHtml && (!url.IsValid || input.CanonicalUrl is null || (ExternalId.TryParse(input.CanonicalUrl, out var page) && page == url));

    /// <summary>
    /// Where the claim appeared (<c>firstAppearance</c>, then each <c>appearance</c>; an old-style reviewed item's own
    /// <c>url</c>): a URL or a CreativeWork with one, as a source by reference with the date it gives.
    /// </summary>
    private static List<(Source Source, PartialDate? Date)> Appearances(JsonLd jsonLd, JsonElement item)
    {
        var found = new List<(Source, PartialDate?)>();
        var values = jsonLd.Values(item, "firstAppearance").Concat(jsonLd.Values(item, "appearance")).ToList();
        if (values.Count == 0 && !JsonLd.Is(item, "Claim"))
        {
            values.AddRange(jsonLd.Values(item, "url"));
        }

        foreach (var value in values)
        {
            var text = value.ValueKind == JsonValueKind.Object ? jsonLd.FirstText(value, "url", "@id") : JsonLd.TextOf(value);
            if (!ExternalId.TryParse(text, out var locator) || locator.Scheme == "file" || found.Any(f => f.Item1.Locators[0] == locator))
            {
                continue;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                found.Add((new Source { Locators = [locator] }, null));
                continue;
            }

            var date = SchemaDate.Parse(jsonLd.Text(value, "datePublished"));
            var publisher = jsonLd.Values(value, "publisher").FirstOrDefault();
            found.Add((new Source
            {
                Locators = [locator],
                Title = jsonLd.FirstText(value, "headline", "name"),
                Publisher = publisher.ValueKind == JsonValueKind.Object ? jsonLd.Text(publisher, "name") : publisher.ValueKind == JsonValueKind.Undefined ? null : JsonLd.TextOf(publisher),
                Authors = [.. jsonLd.Values(value, "author").Select(a => a.ValueKind == JsonValueKind.Object ? jsonLd.Text(a, "name") : JsonLd.TextOf(a)).OfType<string>()],
                StatedDate = date,
                StatedDateKind = date is null ? StatedDateKind.Unknown : StatedDateKind.Published,
            }, date));
        }

        return found;
    }
}
