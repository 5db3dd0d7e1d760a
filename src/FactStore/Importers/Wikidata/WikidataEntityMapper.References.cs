using System.Text.Json;

namespace FactStore.Importers.Wikidata;

internal sealed partial class WikidataEntityMapper
{
    private const string ReferenceUrl = "P854";
    private const string StatedIn = "P248";
    private const string ImportedFrom = "P143";
    private const string Title = "P1476";
    private const string PublicationDate = "P577";
    private const string Retrieved = "P813";
    private const string Pages = "P304";

    /// <summary>A reference: a source known by reference, and a stance on the fact from it.</summary>
    /// <remarks>
    /// Snaks with a field of their own (reference URL, stated in, imported from, title, publication date, retrieved,
    /// pages) go there when they are readable values; every other snak, and any of those that is not (an unknown value,
    /// a second title), becomes a qualifier of the stance in <c>snaks-order</c>. The retrieved date is kept on the stance
    /// as well: a source known by its URL is one source however many references cite it, each retrieving it on its own date.
    /// </remarks>
    private void Reference(JsonElement reference, Fact fact, string key, StatementRank rank)
    {
        var hash = WikidataJson.RequiredString(reference, "hash", $"a reference of {key}");
        var urls = new List<ExternalId>();
        var items = new List<ExternalId>();
        var qualifiers = new List<Qualifier>();
        var pages = new List<string>();
        string? title = null;
        string? language = null;
        PartialDate? published = null;
        PartialDate? accessed = null;
        foreach (var (property, snaks) in WikidataJson.SnakGroups(reference, "snaks", "snaks-order"))
        {
            foreach (var snak in snaks)
            {
                var mapped = _values.Snak(snak).Value;
                var single = snaks.Count == 1;
                switch (property)
                {
                    case ReferenceUrl when mapped.LiteralType is LiteralType.Url or LiteralType.Text
                        && ExternalId.TryParse(mapped.Value, out var url) && url.Scheme == "url":
                        urls.Add(url);
                        continue;
                    case StatedIn or ImportedFrom when WikidataValues.EntityIdOf(snak) is string item:
                        items.Add(WikidataValues.ExternalIdOf(item, null));
                        continue;
                    case Title when single && mapped.LiteralType == LiteralType.MonolingualText:
                        (title, language) = (mapped.Value, mapped.Language);
                        continue;
                    case PublicationDate when single && WikidataValues.DateOf(snak) is PartialDate date:
                        published = date;
                        continue;
                    case Pages when mapped is { LiteralType: LiteralType.Text, Value: string page }:
                        pages.Add(page);
                        continue;
                    case Retrieved when single && WikidataValues.DateOf(snak) is PartialDate date:
                        accessed = date;
                        break; // and kept on the stance too (see the remarks)
                }

                qualifiers.Add(new Qualifier { Property = property, Value = mapped });
            }
        }

        var source = new Source
        {
            Locators = [.. urls.Count > 0 ? urls : [ExternalId.Create("wikidata-reference", hash)], .. items],
            Title = title,
            Language = language,
            StatedDate = published,
            StatedDateKind = published is null ? StatedDateKind.Unknown : StatedDateKind.Published,
            Accessed = accessed,
        };
        _references.Add(source);
        _stances.Add(new Stance
        {
            FactId = fact.Id,
            SourceId = source.Id,
            Position = StancePosition.Supports,
            Rank = rank,
            Origin = StanceOrigin.Importer,
            Key = key + "/" + hash,
            Citation = pages.Count > 0 ? new Citation { Locator = string.Join(", ", pages) } : null,
            Qualifiers = qualifiers,
        });
    }
}
