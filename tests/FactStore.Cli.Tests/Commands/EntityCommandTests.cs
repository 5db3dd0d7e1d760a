using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class EntityCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Entity_BelarusianSpelling_ShowsLukashenkoWithHowTheNameMatchedHisFactsAndStances()
    {
        using var json = await EntityJsonAsync("lukashenka");

        var root = json.RootElement;
        Assert.Equal("lukashenka", root.GetProperty("query").GetString());
        Assert.Equal("exact", root.GetProperty("match").GetProperty("kind").GetString());
        Assert.Equal("Lukashenka", root.GetProperty("match").GetProperty("matchedName").GetString());
        var entity = root.GetProperty("entity");
        Assert.Equal("Alexander Lukashenko", entity.GetProperty("label").GetString());
        Assert.Equal("person", entity.GetProperty("kind").GetString());
        Assert.Equal(["Lukashenka", "Lukashenko"], entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("text").GetString()).Order());
        Assert.Equal(0, entity.GetProperty("externalIds").GetArrayLength());

        var facts = root.GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(["criticized", "holds_office"], facts.Select(f => f.GetProperty("predicate").GetString()).Order());
        var criticized = Assert.Single(facts, f => f.GetProperty("predicate").GetString() == "criticized");
        Assert.Equal("2022-05-16", criticized.GetProperty("validity").GetProperty("pointInTime").GetString() ?? criticized.GetProperty("validity").GetProperty("from").GetString());
        Assert.Contains(
            criticized.GetProperty("stances").EnumerateArray(),
            s => s.GetProperty("citation").GetProperty("quote").GetString()!.Contains("hellish sanctions", StringComparison.Ordinal));
        Assert.Equal(2, root.GetProperty("stancesHeld").GetInt32());
    }

    [Fact]
    public async Task Entity_SurnameAlone_FindsThePerson()
    {
        using var tasmagambetov = await EntityJsonAsync("tasmagambetov");
        using var moshes = await EntityJsonAsync("Moshes");

        Assert.Equal("Imangali Tasmagambetov", tasmagambetov.RootElement.GetProperty("entity").GetProperty("label").GetString());
        Assert.Equal(4, tasmagambetov.RootElement.GetProperty("stancesHeld").GetInt32());
        Assert.Contains(
            tasmagambetov.RootElement.GetProperty("facts").EnumerateArray(),
            f => f.GetProperty("object").GetProperty("entity").TryGetProperty("label", out var label) && label.GetString() == "Imangali Tasmagambetov"
                && f.GetProperty("subject").GetProperty("label").GetString() == "Kassym-Jomart Tokayev");
        Assert.Equal("surname", moshes.RootElement.GetProperty("match").GetProperty("kind").GetString());
        Assert.Equal("Arkady Moshes", moshes.RootElement.GetProperty("match").GetProperty("matchedName").GetString());
    }

    [Fact]
    public async Task Entity_AmbiguousName_ExitsOneListingTheCandidates()
    {
        var run = await Tool.RunAsync("entity", "Vladimir", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'Vladimir Evseev'", run.Error, StringComparison.Ordinal);
        Assert.Contains("'Vladimir Putin'", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Entity_NameThatIsOnlyPartOfOne_ExitsOneSuggestingTheNearMatch()
    {
        var run = await Tool.RunAsync("entity", "Arkady", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: entity: no entity is named 'Arkady'; did you mean 'Arkady Moshes' (ent_", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Entity_UnknownName_ExitsOneSayingWhereNamesAreListed()
    {
        var run = await Tool.RunAsync("entity", "Nobody Atall", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: entity: no entity is named 'Nobody Atall' (give a label, alias or id; 'factstore entities' lists them)", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Entity_Redirected_PrintsFieldLinesThenOneLinePerFact()
    {
        var run = await Tool.RunAsync("entity", "lukashenka", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("label\tAlexander Lukashenko", run.Lines[1]);
        Assert.Contains("match\texact\tLukashenka", run.Lines);
        Assert.Contains("stancesHeld\t2", run.Lines);
        var facts = run.Lines.Where(l => l.StartsWith("fct_", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, facts.Count);
        Assert.Contains(facts, f => f.EndsWith("\tholds_office\tPresident of Belarus\t\t1 supports\tAlexander Lukashenko is the President of Belarus.", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public async Task Entity_OnTerminal_PrintsTheEntityAndATableOfItsFacts()
    {
        var run = await Tool.RunOnTerminalAsync("entity", "Tokaev", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Kassym-Jomart Tokayev (person, ent_", run.Out, StringComparison.Ordinal);
        Assert.Contains("matched:      exact 'Tokaev'", run.Out, StringComparison.Ordinal);
        Assert.Contains("stances held: 2", run.Out, StringComparison.Ordinal);
        Assert.Contains("╭", run.Out, StringComparison.Ordinal);
        Assert.Contains("2022-01", run.Out.Split("stances held: 2", 2)[1], StringComparison.Ordinal);
        Assert.Contains("6 facts", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_LimitThenAfter_PagesThroughTheFacts()
    {
        using var all = await EntityJsonAsync("Tokayev");
        var first = await Tool.RunAsync("entity", "Tokayev", "--limit", "1", "--json", "--db", seeded.Path);
        var cursor = first.Error.Split("--after ", 2)[1].Trim();
        var second = await Tool.RunAsync("entity", "Tokayev", "--limit", "1", "--after", cursor, "--json", "--db", seeded.Path);

        Assert.True(second.ExitCode == 0, second.ToString());
        var ids = all.RootElement.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Equal(6, ids.Count);
        using var page1 = JsonDocument.Parse(first.Out);
        using var page2 = JsonDocument.Parse(second.Out);
        Assert.Equal(ids[0], Assert.Single(page1.RootElement.GetProperty("facts").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(ids[1], Assert.Single(page2.RootElement.GetProperty("facts").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(2, page2.RootElement.GetProperty("stancesHeld").GetInt32());
    }

    [Fact]
    public async Task Entity_KnownAtBeforeTheImport_IsNoEntityKnownThen()
    {
        var run = await Tool.RunAsync("entity", "lukashenka", "--known-at", "2000-01-01", "--json", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: entity: no entity is named 'lukashenka'", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("--known-at", "yesterday")]
    [InlineData("--limit", "0")]
    [InlineData("--after", "not-a-cursor")]
    public async Task Entity_MalformedValue_IsAUsageErrorExitingTwo(string option, string value)
    {
        var run = await Tool.RunAsync("entity", "Tokayev", option, value, "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {option}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_WithoutName_IsAUsageErrorExitingTwo()
    {
        var run = await Tool.RunAsync("entity", "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
    }

    private async Task<JsonDocument> EntityJsonAsync(string name)
    {
        var run = await Tool.RunAsync("entity", name, "--json", "--db", seeded.Path);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Out);
    }
}
