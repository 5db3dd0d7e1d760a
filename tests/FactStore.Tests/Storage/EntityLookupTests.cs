using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

public class EntityLookupTests
{
    [Theory]
    [InlineData("Tokayev")]
    [InlineData("tokaev")]
    [InlineData("KASYM-ZOMART TOKAEV")]
    [InlineData("Kasym-Žomart Tokaev")]
    [InlineData("  Kassym-Jomart   Tokayev ")]
    public async Task FindEntities_AnySpelling_FindsTheOnePerson(string name)
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev, TestRecords.Csto]);

        var found = await test.Store.FindEntitiesAsync(name);

        Assert.Equal([TestRecords.Tokayev.Id], found.Select(e => e.Id));
        Assert.Equal(["Kasym-Žomart Tokaev", "Tokaev", "Tokayev"], found[0].Aliases.Select(a => a.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FindFacts_BySubjectAliasAndObjectValue_ResolvesBoth()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev, TestRecords.Presides()]);

        Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "Tokaev", Predicate = "Holds_Office" }));
        Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Object = "president of kazakhstan" }));
        Assert.Empty(await test.Store.FindFactsAsync(new FactQuery { Subject = "Tokaev", Predicate = "member_of" }));
    }

    [Fact]
    public async Task WriteEntity_AgainWithMoreAliases_AddsOnlyTheNewAliases()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Csto]);

        var result = await test.Store.WriteAsync([TestRecords.Csto with { Aliases = ["Collective Security Treaty Organization", "ОДКБ"] }]);

        Assert.Equal(0, result.EntitiesAdded);
        Assert.Equal(2, result.AliasesAdded);
        Assert.Single(await test.Store.FindEntitiesAsync("одкб"));
    }

    [Fact]
    public async Task FindFacts_NameWithSqlSyntax_IsJustAName()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev, TestRecords.Presides()]);

        Assert.Empty(await test.Store.FindFactsAsync(new FactQuery { Subject = "x' OR '1'='1" }));
        Assert.Empty(await test.Store.FindEntitiesAsync("\"; DROP TABLE facts; --"));
        Assert.Single(await test.Store.FindFactsAsync(new FactQuery()));
    }

    [Fact]
    public async Task FindFacts_AliasAddedLater_DoesNotResolveAsKnownBefore()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Csto, TestRecords.Presides() with { SubjectId = TestRecords.Csto.Id }]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromHours(1));
        await test.Store.WriteAsync([TestRecords.Csto with { Aliases = ["ODKB"] }]);

        Assert.Single(await test.Store.FindFactsAsync(new FactQuery { Subject = "odkb" }));
        Assert.Empty(await test.Store.AsKnownAt(before).FindFactsAsync(new FactQuery { Subject = "odkb" }));
    }
}
