using FactStore.Tests.Support;

namespace FactStore.Tests.Querying;

public sealed class ChangesTests
{
    [Fact]
    public async Task GetChanges_RecordId_GivesTheFactsWholeHistoryInRecordOrder()
    {
        await using var test = await TestStore.CreateAsync();
        var original = TestRecords.Presides(from: "2018");
        var stance = TestRecords.Says(original, "President Tokaev said");
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, original, stance]);
        test.Clock.Advance(TimeSpan.FromDays(1));
        var correction = TestRecords.Presides(from: "2019") with { Supersedes = original.Id };
        await test.Store.WriteAsync([correction]);
        test.Clock.Advance(TimeSpan.FromDays(1));
        await test.Store.WriteAsync([new Retraction { TargetId = correction.Id, Reason = "Wrong year." }]);
        var unrelated = TestRecords.Presides(from: "2030");
        await test.Store.WriteAsync([unrelated]);

        var changes = await test.Store.GetChangesAsync(new ChangeQuery { RecordId = correction.Id });

        Assert.Equal(
            [ChangeKind.FactAdded, ChangeKind.StanceAdded, ChangeKind.FactCorrected, ChangeKind.Retracted],
            changes.Select(c => c.Kind));
        Assert.Equal(original.Id, changes[2].TargetId);
        Assert.Equal(correction.Id, changes[3].TargetId);
        Assert.Equal("Wrong year.", changes[3].Detail);
        Assert.Equal("manual", changes[3].Provenance.Importer);
        Assert.DoesNotContain(changes, c => c.RecordId == unrelated.Id);
        Assert.Equal(changes.Select(c => c.Kind), (await test.Store.GetChangesAsync(new ChangeQuery { RecordId = original.Id })).Select(c => c.Kind));
    }

    [Fact]
    public async Task GetChanges_SinceUntil_GivesWhatWasRecordedInBetween()
    {
        await using var test = await TestStore.CreateAsync();
        var fact = TestRecords.Presides();
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, fact]);
        var first = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromHours(1));
        await test.Store.WriteAsync([TestRecords.Tokayev with { Aliases = ["Tokayev", "Токаев"] }]);
        test.Clock.Advance(TimeSpan.FromHours(1));
        var second = test.Clock.GetUtcNow();
        test.Clock.Advance(TimeSpan.FromHours(1));
        await test.Store.WriteAsync([new Retraction { TargetId = fact.Id, Reason = "Misread." }]);

        var between = await test.Store.GetChangesAsync(new ChangeQuery { Since = first, Until = second });
        var before = await test.Store.GetChangesAsync(new ChangeQuery { Until = first });

        var alias = Assert.Single(between);
        Assert.Equal(ChangeKind.AliasAdded, alias.Kind);
        Assert.Equal(TestRecords.Tokayev.Id, alias.RecordId);
        Assert.Equal("Токаев", alias.Detail);
        Assert.Equal(
            [ChangeKind.SourceAdded, ChangeKind.EntityAdded, ChangeKind.FactAdded],
            before.Select(c => c.Kind).Order());
    }

    [Fact]
    public async Task GetChanges_Paged_GivesEveryChangeOnceInTheSameOrder()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var all = await test.Store.GetChangesAsync(new ChangeQuery());
        var paged = new List<Change>();
        string? cursor = null;
        do
        {
            var page = await test.Store.GetChangesAsync(new ChangeQuery { Limit = 37, After = cursor });
            paged.AddRange(page);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.False(all.HasMore);
        Assert.True(all.Count > 37 * 3);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task GetChanges_BadCursor_IsRefusedWithAnExplanation()
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Store.GetChangesAsync(new ChangeQuery { After = "not-a-cursor" }));

        Assert.Contains("NextCursor", error.Message, StringComparison.Ordinal);
    }
}
