using FactStore.Tests.Support;

namespace FactStore.Tests.Issues;

/// <summary>
/// A source known by reference whose identifying (first) locator does not sort first among the locators it was written
/// with was read back with another locator first, and so failed its integrity check ("no longer matches its content").
/// </summary>
public class ReferenceSourceLocatorOrderTests
{
    [Fact]
    public async Task GetSourcesAsync_IdentifyingLocatorSortsLast_ReadsBackWithItFirst()
    {
        await using var test = await TestStore.CreateAsync();
        var source = new Source { Locators = ["https://www.wikidata.org/wiki/Q2112", "wikidata:Q2112", "https://af.wikipedia.org/wiki/Bielefeld"] };

        await test.Store.WriteAsync([source]);

        var read = Assert.Single(await test.Store.GetSourcesAsync());
        Assert.Equal(source.Id, read.Id);
        Assert.Equal(source.Locators[0], read.Locators[0]);
        Assert.Equal(source.Locators.ToHashSet(), read.Locators.ToHashSet());
    }
}
