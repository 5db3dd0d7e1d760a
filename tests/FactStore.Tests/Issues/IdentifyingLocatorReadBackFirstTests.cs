using FactStore.Tests.Support;

namespace FactStore.Tests.Issues;

/// <summary>
/// A source by reference with several locators, or an entity with several external ids, written in one run read back
/// with them sorted by scheme (<c>file:</c> before <c>url:</c>, <c>url:</c> before <c>wikidata:</c>), so the first one,
/// its identity, changed and the read reported the record as altered (RecordIntegrityException).
/// </summary>
public class IdentifyingLocatorReadBackFirstTests
{
    [Fact]
    public async Task GetSource_ReferenceWithUrlThenFileLocator_ReadsBackUnderItsUrl()
    {
        await using var test = await TestStore.CreateAsync();
        var source = new Source { Locators = ["https://example.org/fact-check", "page.html"] };
        await test.Store.WriteAsync([source]);

        var read = await test.Store.GetSourceAsync(source.Id);

        Assert.Equal(["url:https://example.org/fact-check", "file:page.html"], read!.Locators.Select(l => l.ToString()));
        Assert.Single(await test.Store.GetSourcesAsync());
    }

    [Fact]
    public async Task GetEntity_WikidataIdThenUrl_ReadsBackUnderItsWikidataId()
    {
        await using var test = await TestStore.CreateAsync();
        var entity = new Entity { Label = "Example Checks", Kind = EntityKind.Organization, ExternalIds = ["wikidata:Q99990001", "https://checks.example/"] };
        await test.Store.WriteAsync([entity]);

        var read = await test.Store.GetEntityAsync(entity.Id);

        Assert.Equal(["wikidata:Q99990001", "url:https://checks.example/"], read!.ExternalIds.Select(i => i.ToString()));
        Assert.Equal(entity.Id, Assert.Single(await test.Store.FindEntitiesAsync("https://checks.example/")).Id);
    }
}
