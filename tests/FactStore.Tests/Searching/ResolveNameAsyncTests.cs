using FactStore.Tests.Support;

namespace FactStore.Tests.Searching;

/// <summary>Name lookup on the seeds' 63 entities: exact, surname, spellings, typos, and ambiguity without a guess.</summary>
public class ResolveNameAsyncTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    private FactStoreDatabase Store => seeded.Store;

    [Theory]
    [InlineData("Arkady Moshes", "Arkady Moshes", NameMatchKind.Exact)]
    [InlineData("arkady  MOSHES ", "Arkady Moshes", NameMatchKind.Exact)]
    [InlineData("CSTO", "Collective Security Treaty Organization", NameMatchKind.Exact)]
    [InlineData("Tokaev", "Kassym-Jomart Tokayev", NameMatchKind.Exact)]
    [InlineData("Kasym-Zomart Tokaev", "Kassym-Jomart Tokayev", NameMatchKind.Exact)]
    [InlineData("Lukashenka", "Alexander Lukashenko", NameMatchKind.Exact)]
    [InlineData("Moshes", "Arkady Moshes", NameMatchKind.Surname)]
    [InlineData("Khachaturov", "Yuri Khachaturov", NameMatchKind.Surname)]
    [InlineData("Lavrov", "Sergey Lavrov", NameMatchKind.Surname)]
    [InlineData("Locoman", "Ecaterina Locoman", NameMatchKind.Surname)]
    [InlineData("Kassym Jomart Tokayev", "Kassym-Jomart Tokayev", NameMatchKind.Spelling)]
    [InlineData("Nur Sultan", "Astana", NameMatchKind.Spelling)]
    [InlineData("Nursultan", "Astana", NameMatchKind.Spelling)]
    [InlineData("Nagorno Karabakh", "Nagorno-Karabakh", NameMatchKind.Spelling)]
    [InlineData("Tokaiev", "Kassym-Jomart Tokayev", NameMatchKind.Spelling)]
    [InlineData("Токаев", "Kassym-Jomart Tokayev", NameMatchKind.Spelling)]
    [InlineData("Лукашенко", "Alexander Lukashenko", NameMatchKind.Spelling)]
    [InlineData("Kasym-Zhomart Tokayev", "Kassym-Jomart Tokayev", NameMatchKind.Spelling)]
    [InlineData("Sadyr Japarov", "Sadyr Zhaparov", NameMatchKind.Spelling)]
    [InlineData("Japarov", "Sadyr Zhaparov", NameMatchKind.Spelling)]
    [InlineData("Yevseev", "Vladimir Evseev", NameMatchKind.Spelling)]
    [InlineData("Hachaturov", "Yuri Khachaturov", NameMatchKind.Spelling)]
    [InlineData("Sergei Lavrov", "Sergey Lavrov", NameMatchKind.Spelling)]
    [InlineData("Pashinian", "Nikol Pashinyan", NameMatchKind.Spelling)]
    [InlineData("Ashimbayev", "Danijar Ašimbaev", NameMatchKind.Spelling)]
    [InlineData("Daniyar Ashimbayev", "Danijar Ašimbaev", NameMatchKind.Spelling)]
    [InlineData("Rakhmon", "Emomali Rahmon", NameMatchKind.Spelling)]
    [InlineData("Grigorian", "Armen Grigoryan", NameMatchKind.Spelling)]
    [InlineData("Tasmagambetof", "Imangali Tasmagambetov", NameMatchKind.Spelling)]
    [InlineData("Tasmagambtov", "Imangali Tasmagambetov", NameMatchKind.Spelling)]
    [InlineData("Pashinayn", "Nikol Pashinyan", NameMatchKind.Spelling)]
    [InlineData("Arkady Moshez", "Arkady Moshes", NameMatchKind.Spelling)]
    [InlineData("Kazakstan", "Kazakhstan", NameMatchKind.Spelling)]
    public async Task ResolveNameAsync_SeedName_MatchesTheOneEntity(string name, string label, NameMatchKind kind)
    {
        var resolution = await Store.ResolveNameAsync(name);

        Assert.Equal(label, resolution.Match?.Label);
        Assert.False(resolution.IsAmbiguous);
        Assert.Equal(name, resolution.Query);
        var best = resolution.Candidates[0];
        Assert.Same(resolution.Match, best.Entity);
        Assert.Equal(kind, best.Kind);
        Assert.DoesNotContain(resolution.Candidates.Skip(1), c => c.Kind <= kind);
    }

    [Fact]
    public async Task ResolveNameAsync_Surname_SaysWhichNameMatched()
    {
        var resolution = await Store.ResolveNameAsync("Moshes");

        var candidate = Assert.Single(resolution.Candidates);
        Assert.Equal("Arkady Moshes", candidate.MatchedName);
        Assert.Equal(0.9, candidate.Score);
    }

    [Fact]
    public async Task ResolveNameAsync_FirstNameOfTwoPeople_IsAmbiguousWithBothCandidates()
    {
        var resolution = await Store.ResolveNameAsync("Vladimir");

        Assert.True(resolution.IsAmbiguous);
        Assert.Null(resolution.Match);
        Assert.Equal(["Vladimir Evseev", "Vladimir Putin"], resolution.Candidates.Select(c => c.Entity.Label));
        Assert.All(resolution.Candidates, c => Assert.Equal(NameMatchKind.Partial, c.Kind));
    }

    [Fact]
    public async Task ResolveNameAsync_WordsOfSeveralNames_ListsThemAll()
    {
        var resolution = await Store.ResolveNameAsync("Collective Security");

        Assert.True(resolution.IsAmbiguous);
        Assert.Null(resolution.Match);
        Assert.Equal(
            ["Collective Security Council", "Collective Security Treaty", "Collective Security Treaty Organization"],
            resolution.Candidates.Select(c => c.Entity.Label).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ResolveNameAsync_FirstNameOfOnePerson_IsASuggestionNotAMatch()
    {
        var resolution = await Store.ResolveNameAsync("Arkady");

        Assert.Null(resolution.Match);
        Assert.False(resolution.IsAmbiguous);
        Assert.Equal("Arkady Moshes", Assert.Single(resolution.Candidates).Entity.Label);
    }

    [Fact]
    public async Task ResolveNameAsync_ExactNameAlsoPartOfOthers_MatchesTheExactOne()
    {
        var resolution = await Store.ResolveNameAsync("Moscow");

        Assert.Equal("Moscow", resolution.Match?.Label);
        Assert.False(resolution.IsAmbiguous);
        Assert.Contains(resolution.Candidates, c => c.Kind == NameMatchKind.Partial && c.Entity.Label == "CSTO anniversary summit in Moscow");
    }

    [Fact]
    public async Task ResolveNameAsync_EntityId_IsAnExactMatch()
    {
        var moshes = (await Store.FindEntitiesAsync("Arkady Moshes"))[0];

        var resolution = await Store.ResolveNameAsync(moshes.Id);

        Assert.Equal(moshes.Id, resolution.Match?.Id);
        Assert.Equal(moshes.Id, resolution.Candidates[0].MatchedName);
    }

    [Fact]
    public async Task ResolveNameAsync_UnknownName_HasNoCandidates()
    {
        var resolution = await Store.ResolveNameAsync("Zbigniew Brzezinski");

        Assert.Empty(resolution.Candidates);
        Assert.Null(resolution.Match);
        Assert.False(resolution.IsAmbiguous);
    }

    [Fact]
    public async Task FindEntitiesAsync_StaysExact()
    {
        Assert.Empty(await Store.FindEntitiesAsync("Moshes"));
        Assert.Empty(await Store.FindEntitiesAsync("Nur Sultan"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("\"")]
    [InlineData("'; DROP TABLE entities; --")]
    [InlineData("\"NEAR(")]
    [InlineData("*")]
    [InlineData("😀")]
    [InlineData("\uD800")]
    [InlineData("\0")]
    [InlineData("a")]
    public async Task ResolveNameAsync_HostileOrBlankName_NeverThrows(string name)
    {
        var resolution = await Store.ResolveNameAsync(name);

        Assert.Null(resolution.Match);
        Assert.Equal(name, resolution.Query);
    }

    [Fact]
    public async Task ResolveNameAsync_TenThousandCharacters_AnswersWithoutFailing()
    {
        var resolution = await Store.ResolveNameAsync(string.Concat(Enumerable.Repeat("Tokayev ", 1250)));

        Assert.Null(resolution.Match);
    }

    [Fact]
    public async Task ResolveNameAsync_Null_IsRefused() =>
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.ResolveNameAsync(null!));
}
