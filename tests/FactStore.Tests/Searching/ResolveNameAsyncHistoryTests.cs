using FactStore.Tests.Support;

namespace FactStore.Tests.Searching;

/// <summary>Name lookup on small stores: ambiguity, and names as known at a time.</summary>
public class ResolveNameAsyncHistoryTests
{
    [Fact]
    public async Task ResolveNameAsync_SurnameOfTwoPeople_IsAmbiguousAndGuessesNothing()
    {
        await using var test = await TestStore.CreateAsync();
        var ivan = new Entity { Label = "Ivan Petrov", Kind = EntityKind.Person };
        var sergei = new Entity { Label = "Sergei Petrov", Kind = EntityKind.Person };
        await test.Store.WriteAsync([ivan, sergei]);

        var resolution = await test.Store.ResolveNameAsync("Petrov");

        Assert.True(resolution.IsAmbiguous);
        Assert.Null(resolution.Match);
        Assert.Equal([ivan.Id, sergei.Id], resolution.Candidates.Select(c => c.Entity.Id));
        Assert.All(resolution.Candidates, c => Assert.Equal(NameMatchKind.Surname, c.Kind));
    }

    [Fact]
    public async Task ResolveNameAsync_OneNameOfTwoEntities_IsAmbiguous()
    {
        await using var test = await TestStore.CreateAsync();
        var city = new Entity { Label = "Georgia", Kind = EntityKind.Place, Aliases = ["Georgia (U.S. state)"] };
        var country = new Entity { Label = "Georgia", Kind = EntityKind.Country, Aliases = ["Sakartvelo"] };
        await test.Store.WriteAsync([city, country]);

        var resolution = await test.Store.ResolveNameAsync("georgia");

        Assert.True(resolution.IsAmbiguous);
        Assert.Null(resolution.Match);
        Assert.Equal(2, resolution.Candidates.Count(c => c.Kind == NameMatchKind.Exact));
    }

    [Fact]
    public async Task ResolveNameAsync_KnownAtBeforeTheEntityOrAlias_DoesNotFindThem()
    {
        await using var test = await TestStore.CreateAsync();
        var moshes = new Entity { Label = "Arkady Moshes", Kind = EntityKind.Person };
        await test.Store.WriteAsync([moshes]);
        var before = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromDays(1));
        await test.Store.WriteAsync([moshes with { Aliases = ["Аркадий Мошес"] }, new Entity { Label = "Boris Moshes", Kind = EntityKind.Person }]);

        var then = await test.Store.AsKnownAt(before).ResolveNameAsync("Moshes");
        var now = await test.Store.ResolveNameAsync("Moshes");
        var cyrillicThen = await test.Store.AsKnownAt(before).ResolveNameAsync("Аркадий Мошес");
        var cyrillicNow = await test.Store.ResolveNameAsync("Аркадий Мошес");

        Assert.Equal(moshes.Id, then.Match?.Id);
        Assert.Empty(then.Match!.Aliases);
        Assert.True(now.IsAmbiguous);
        Assert.Equal(NameMatchKind.Spelling, cyrillicThen.Candidates.Single().Kind);
        Assert.Equal(NameMatchKind.Exact, cyrillicNow.Candidates[0].Kind);
        Assert.Equal("Аркадий Мошес", cyrillicNow.Candidates[0].MatchedName);
    }

    [Fact]
    public async Task ResolveNameAsync_ShortNames_AreFoundExactly()
    {
        await using var test = await TestStore.CreateAsync();
        var eu = new Entity { Label = "European Union", Kind = EntityKind.Organization, Aliases = ["EU"] };
        await test.Store.WriteAsync([eu]);

        Assert.Equal(eu.Id, (await test.Store.ResolveNameAsync("eu")).Match?.Id);
        Assert.Empty((await test.Store.ResolveNameAsync("EX")).Candidates);
    }
}
