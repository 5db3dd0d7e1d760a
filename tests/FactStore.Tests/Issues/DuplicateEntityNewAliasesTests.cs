using FactStore.Tests.Support;

namespace FactStore.Tests.Issues;

/// <summary>
/// Issue 13, defect 8: a known entity imported again with new aliases was counted "unchanged" while its new aliases
/// were written, and a known entity relabelled by its external id wrote its new label as a name without counting it.
/// Entity rows are immutable and aliases are rows of their own, added to new or known entities: the new names are
/// written and counted in <see cref="ImportResult.AliasesAdded"/>, and the entity is not counted unchanged.
/// </summary>
public class DuplicateEntityNewAliasesTests
{
    [Fact]
    public async Task Write_KnownEntityWithANewAlias_CountsTheAliasAndNotTheEntityAsUnchanged()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev]);

        var again = await test.Store.WriteAsync([TestRecords.Tokayev with { Aliases = [.. TestRecords.Tokayev.Aliases, "Kassym Tokayev"] }]);

        Assert.Equal((0, 1, 0), (again.EntitiesAdded, again.AliasesAdded, again.Unchanged));
        Assert.True(again.AddedAnything);
        Assert.Contains("Kassym Tokayev", (await test.Store.GetEntityAsync(TestRecords.Tokayev.Id))!.Aliases);
    }

    [Fact]
    public async Task Write_KnownEntityWithNothingNew_IsUnchanged()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev]);

        var again = await test.Store.WriteAsync([TestRecords.Tokayev]);

        Assert.Equal((0, 0, 1), (again.EntitiesAdded, again.AliasesAdded, again.Unchanged));
        Assert.False(again.AddedAnything);
    }

    [Fact]
    public async Task Write_KnownEntityRelabelledByItsExternalId_CountsEveryNameItWrites()
    {
        await using var test = await TestStore.CreateAsync();
        var entity = new Entity { Label = "Tokayev", Kind = EntityKind.Person, ExternalIds = [ExternalId.Create("wikidata", "Q1")] };
        await test.Store.WriteAsync([entity]);
        var aliasesBefore = (await test.Store.Maintenance.GetStatisticsAsync()).Records["aliases"];

        var relabelled = await test.Store.WriteAsync([entity with { Label = "Kassym-Jomart Tokayev", Aliases = ["KJT"] }]);

        var aliasesWritten = (await test.Store.Maintenance.GetStatisticsAsync()).Records["aliases"] - aliasesBefore;
        Assert.Equal(2, aliasesWritten);
        Assert.Equal((0, 2, 0), (relabelled.EntitiesAdded, relabelled.AliasesAdded, relabelled.Unchanged));
    }
}
