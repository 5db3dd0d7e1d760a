using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

/// <summary>Entities with external ids: identity by id, relabelling, lookups by id, languages kept.</summary>
public class EntityIdentityTests
{
    private static Entity Paris(string id, string label = "Paris") => new() { Label = label, Kind = EntityKind.Place, ExternalIds = [id] };

    [Fact]
    public async Task Write_TwoItemsWithTheSameLabel_StayTwo()
    {
        await using var test = await TestStore.CreateAsync();

        var result = await test.Store.WriteAsync([Paris("Q90"), Paris("Q830149")]);

        Assert.Equal(2, result.EntitiesAdded);
        Assert.Equal(2, (await test.Store.FindEntitiesAsync("Paris")).Count);
        Assert.Equal(Paris("Q90").Id, Assert.Single(await test.Store.FindEntitiesAsync("Q90")).Id);
        Assert.Equal(Paris("Q90").Id, Assert.Single(await test.Store.FindEntitiesAsync("wikidata:q90")).Id);
    }

    [Fact]
    public void Id_SameExternalIdsInAnotherOrder_IsTheSameEntityIdentifiedByTheWikidataId()
    {
        var one = new Entity { Label = "Example Checks", ExternalIds = ["https://checks.example", "Q42", "orcid:0000-0002-1825-0097"] };
        var other = new Entity { Label = "Example Checks", ExternalIds = ["orcid:0000-0002-1825-0097", "https://checks.example", "wikidata:Q42"] };

        Assert.Equal(one.Id, other.Id);
        Assert.Equal(Entity.IdFor("wikidata:Q42"), one.Id);
    }

    [Fact]
    public async Task Write_RelabelledItem_StaysOneAndReadsWithTheNewLabelTheOldOneAsOfThen()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([Paris("Q90", "Paris, France")]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromHours(1));

        var result = await test.Store.WriteAsync([Paris("Q90", "Paris")]);

        Assert.Equal(0, result.EntitiesAdded);
        var entity = Assert.Single(await test.Store.FindEntitiesAsync("Paris"));
        Assert.Equal("Paris", entity.Label);
        Assert.Equal(Paris("Q90").Id, entity.Id);
        Assert.Single(await test.Store.FindEntitiesAsync("Paris, France"));
        Assert.Contains(LocalizedText.Create("Paris, France"), entity.Aliases);
        Assert.DoesNotContain(LocalizedText.Create("Paris"), entity.Aliases);
        var fact = new Fact { SubjectId = entity.Id, Predicate = "P17", Object = FactObject.Literal("France"), Statement = "Paris is in France." };
        await test.Store.WriteAsync([fact]);
        Assert.Equal("Paris", (await test.Store.GetEvidenceAsync(fact.Id))!.Subject!.Label);
        Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Q90" }));
        Assert.Empty(await test.Store.AsKnownAt(before).FindFactsAsync(new FactQuery { Subject = "Q90" }));
    }

    [Fact]
    public async Task Write_PlaceholderLabel_NeverReplacesARealOne()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([Paris("Q90")]);
        test.Clock.Advance(TimeSpan.FromHours(1));

        await test.Store.WriteAsync([new Entity { Label = "Q90", ExternalIds = ["wikidata:Q90"] }]);

        Assert.Equal("Paris", (await test.Store.GetEntityAsync(Paris("Q90").Id))!.Label);
    }

    [Fact]
    public async Task Write_AliasesDescriptionsAndIds_AccumulateWithTheirLanguages()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([Paris("Q90") with { Aliases = [LocalizedText.Create("Lutetia", "la")], Descriptions = [LocalizedText.Create("capital of France", "en")] }]);
        test.Clock.Advance(TimeSpan.FromHours(1));

        await test.Store.WriteAsync([Paris("Q90") with
        {
            ExternalIds = ["wikidata:Q90", "viaf:158822968"],
            Aliases = [LocalizedText.Create("Parigi", "it")],
            Descriptions = [LocalizedText.Create("Hauptstadt Frankreichs", "de")],
        }]);

        var entity = (await test.Store.GetEntityAsync(Paris("Q90").Id))!;
        Assert.Equal([LocalizedText.Create("Lutetia", "la"), LocalizedText.Create("Parigi", "it")], entity.Aliases);
        Assert.Equal(["de", "en"], entity.Descriptions.Select(d => d.Language).Order(StringComparer.Ordinal));
        Assert.Equal(["viaf:158822968", "wikidata:Q90"], entity.ExternalIds.Select(i => i.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(entity.Id, Assert.Single(await test.Store.FindEntitiesAsync("viaf:158822968")).Id);
        Assert.Equal(entity.Id, Assert.Single(await test.Store.FindEntitiesAsync("parigi")).Id);
    }
}
