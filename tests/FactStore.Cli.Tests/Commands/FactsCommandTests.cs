using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class FactsCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Facts_TokayevValidAtJson_GivesTheCstoRequestWithItsCitations()
    {
        using var json = await FactsJsonAsync("--subject", "Tokayev", "--valid-at", "2022-01-15");

        var facts = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal("Kassym-Jomart Tokayev", f.GetProperty("subject").GetProperty("label").GetString()));
        var request = Assert.Single(facts, f => f.GetProperty("predicate").GetString() == "requested_help_from");
        Assert.Equal("fct_6750b13e0001d794f6ae092f9bd26900", request.GetProperty("id").GetString());
        var csto = request.GetProperty("object").GetProperty("entity");
        Assert.Equal("Collective Security Treaty Organization", csto.GetProperty("label").GetString());
        Assert.Equal(0, csto.GetProperty("externalIds").GetArrayLength());
        Assert.Equal("2022-01", request.GetProperty("validity").GetProperty("from").GetString());
        Assert.Equal("2022-01", request.GetProperty("validity").GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Null, request.GetProperty("supersedes").ValueKind);

        var stance = request.GetProperty("stances").EnumerateArray().First();
        Assert.Equal("supports", stance.GetProperty("position").GetString());
        Assert.Equal("curated", stance.GetProperty("origin").GetString());
        Assert.Equal(JsonValueKind.Null, stance.GetProperty("holder").ValueKind);
        Assert.Equal("file:001_236d5692e30f297c.txt", stance.GetProperty("source").GetProperty("locators")[0].GetString());
        var citation = stance.GetProperty("citation");
        Assert.Equal("Kassym-Jomart Tokayev turned to the CSTO for help", citation.GetProperty("quote").GetString());
        Assert.Equal(4384, citation.GetProperty("start").GetInt32());
        Assert.Equal(4433, citation.GetProperty("end").GetInt32());
        Assert.Equal("exact", citation.GetProperty("anchor").GetString());
    }

    [Fact]
    public async Task Facts_YearValidity_IsWrittenAtItsPrecision()
    {
        using var json = await FactsJsonAsync("--subject", "Tokaev", "--predicate", "refused_to_recognize");

        var fact = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("2022", fact.GetProperty("validity").GetProperty("from").GetString());
    }

    [Fact]
    public async Task Facts_Predicate_GivesOnlyThatPredicate()
    {
        using var json = await FactsJsonAsync("--predicate", "member_of");

        var facts = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal("member_of", f.GetProperty("predicate").GetString()));
    }

    [Fact]
    public async Task Facts_Object_GivesFactsWhoseObjectIsThatEntity()
    {
        using var json = await FactsJsonAsync("--object", "CSTO");

        var facts = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal("Collective Security Treaty Organization", f.GetProperty("object").GetProperty("entity").GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Facts_KnownAtBeforeTheImport_GivesNothing()
    {
        using var json = await FactsJsonAsync("--known-at", "2000-01-01T00:00:00Z");

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Facts_Limit_GivesAtMostThatManyAndSaysThatMoreMatch()
    {
        var run = await Tool.RunAsync("facts", "--limit", "3", "--all-ranks", "--json", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Contains("More facts match than --limit 3 shows", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_After_ContinuesWhereThePreviousPageStopped()
    {
        using var all = await FactsJsonAsync("--all-ranks");
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            string[] args = cursor is null
                ? ["facts", "--limit", "20", "--all-ranks", "--json", "--db", seeded.Path]
                : ["facts", "--limit", "20", "--all-ranks", "--json", "--after", cursor, "--db", seeded.Path];
            var run = await Tool.RunAsync(args);
            Assert.True(run.ExitCode == 0, run.ToString());
            using var page = JsonDocument.Parse(run.Out);
            ids.AddRange(page.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString()!));
            var note = run.Error.Split("--after ", 2);
            cursor = note.Length == 2 ? note[1].Trim() : null;
        }
        while (cursor is not null);

        Assert.Equal(all.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString()), ids);
        Assert.True(ids.Count > 20, "the seeds should need more than one page of 20");
    }

    [Fact]
    public async Task Facts_Redirected_PrintsOneTabSeparatedLinePerFactWithoutAnsi()
    {
        var run = await Tool.RunAsync("facts", "--subject", "Tokayev", "--valid-at", "2022-01-15", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.Lines.Length);
        Assert.Equal(
            "fct_6750b13e0001d794f6ae092f9bd26900\tKassym-Jomart Tokayev\trequested_help_from\tCollective Security Treaty Organization\t2022-01\t2 supports\tIn January 2022 President Tokayev asked the CSTO for military help against the protests.",
            run.Lines[0]);
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public async Task Facts_OnTerminal_PrintsATable()
    {
        var run = await Tool.RunOnTerminalAsync("facts", "--subject", "Tokayev", "--valid-at", "2022-01-15", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("╭", run.Out, StringComparison.Ordinal);
        Assert.Contains("Tokayev", run.Out, StringComparison.Ordinal);
        Assert.Contains("2022-01", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 facts", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_UnknownSubject_ExitsOneWithOneLine()
    {
        var run = await Tool.RunAsync("facts", "--subject", "Nobody Atall", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --subject: no entity is named 'Nobody Atall' (give a label, alias or id; 'factstore entities' lists them)", run.Error.TrimEnd());
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Facts_SubjectBySurnameAlone_FindsThePersonsFacts()
    {
        using var json = await FactsJsonAsync("--subject", "tasmagambetov");

        var facts = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal("Imangali Tasmagambetov", f.GetProperty("subject").GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Facts_AmbiguousSubject_ExitsOneListingTheCandidates()
    {
        var run = await Tool.RunAsync("facts", "--subject", "Vladimir", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'Vladimir Evseev'", run.Error, StringComparison.Ordinal);
        Assert.Contains("'Vladimir Putin'", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Facts_ValidDuringAMonth_FindsTheFactsThatOverlapIt()
    {
        using var json = await FactsJsonAsync("--valid-during", "2022-01");

        var facts = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(facts, f => f.GetProperty("predicate").GetString() == "intervened_in" && f.GetProperty("object").GetProperty("entity").GetProperty("label").GetString() == "Kazakhstan");
        Assert.Contains(facts, f => f.GetProperty("validity").GetProperty("from").GetString() == "2002" && f.GetProperty("validity").GetProperty("to").ValueKind == JsonValueKind.Null);
        Assert.DoesNotContain(facts, f => f.GetProperty("validity").GetProperty("from").GetString() is "2023" or "2024");
    }

    [Fact]
    public async Task Facts_ObjectALiteralValue_FindsTheFactsWithIt()
    {
        using var json = await FactsJsonAsync("--object", "2002");

        var fact = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("2002", fact.GetProperty("object").GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("--valid-at", "15.01.2022")]
    [InlineData("--valid-at", "2022-01")]
    [InlineData("--valid-during", "2022/2021")]
    [InlineData("--valid-during", "January")]
    [InlineData("--valid-during", "2022/XXXX-01")]
    [InlineData("--known-at", "yesterday")]
    [InlineData("--limit", "0")]
    public async Task Facts_MalformedValue_IsAUsageErrorExitingTwo(string option, string value)
    {
        var run = await Tool.RunAsync("facts", option, value, "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {option}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_MissingDatabase_ExitsOneWithoutCreatingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".db");

        var run = await Tool.RunAsync("facts", "--db", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(missing));
    }

    [Theory]
    [InlineData("facts", "--bogus")]
    [InlineData("facts", "--limit", "many")]
    [InlineData("facts", "--subject")]
    [InlineData("nonsense")]
    [InlineData]
    public async Task Run_UsageError_ExitsTwo(params string[] args)
    {
        var run = await Tool.RunAsync([.. args, "--db", seeded.Path]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_Help_ListsTheOptionsAndExitsZero()
    {
        var run = await Tool.RunAsync("facts", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(
            new[] { "--subject", "--predicate", "--object", "--valid-at", "--known-at", "--all-ranks", "--limit", "--json", "--db", "--verbose" },
            option => Assert.Contains(option, run.Out, StringComparison.Ordinal));
    }

    private async Task<JsonDocument> FactsJsonAsync(params string[] args)
    {
        var run = await Tool.RunAsync(["facts", .. args, "--json", "--db", seeded.Path]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Error);
        return JsonDocument.Parse(run.Out);
    }
}
