using System.Text.Json;
using FactStore.Cli.Tests.Support;

namespace FactStore.Cli.Tests.Commands;

public sealed class ConsensusCommandTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string ArmeniaTurnsWest = "fct_c47699a9e3bc625f6d41530f606ed10e";
    private const string CstoWillCollapse = "fct_eed7dcf0b8a6ea5172261378a133924d";

    [Fact]
    public async Task Consensus_ArmeniaTurningWest_CountsMoshesOnceThoughQuotedTwice()
    {
        var run = await Tool.RunAsync("consensus", ArmeniaTurnsWest, "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Armenia is moving out of Russia's sphere of influence and turning West.", run.Lines[0]);
        Assert.Contains("verdict: contested: 3 voices support, 1 voice refutes, 0 undecided", run.Out, StringComparison.Ordinal);
        Assert.Contains("Each voice counts once", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Arkady Moshes (holder)\n    “It is clear that Armenia is trying to leave the Russian sphere of influence”", run.Out, StringComparison.Ordinal);
        Assert.Contains("“The Kremlin should certainly be disappointed", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Danijar Ašimbaev (holder)", run.Out, StringComparison.Ordinal);
        Assert.Contains("file:003_83cf4a5620b261d7.txt", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consensus_Json_GivesTheFactVerdictAndVoices()
    {
        var run = await Tool.RunAsync("consensus", CstoWillCollapse, "--json", "--db", seeded.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("The CSTO is about to collapse / cease to exist.", root.GetProperty("fact").GetProperty("statement").GetString());
        Assert.Equal("contested", root.GetProperty("verdict").GetString());
        Assert.Equal("current", root.GetProperty("status").GetString());
        Assert.Equal(CstoWillCollapse, root.GetProperty("latestVersion").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("supersededBy").ValueKind);
        var undecided = root.GetProperty("undecided").EnumerateArray().ToList();
        Assert.NotEmpty(undecided);
        Assert.All(undecided.SelectMany(v => v.GetProperty("stances").EnumerateArray()), s => Assert.Equal("uncertain", s.GetProperty("position").GetString()));
        Assert.Equal(7, root.GetProperty("fact").GetProperty("stances").GetArrayLength());
        var voices = root.GetProperty("supporting").GetArrayLength() + root.GetProperty("refuting").GetArrayLength() + undecided.Count;
        Assert.True(voices <= 7);
    }

    [Fact]
    public async Task Consensus_KnownAtBeforeTheImport_ExitsOneSayingItWasNotYetKnown()
    {
        var run = await Tool.RunAsync("consensus", ArmeniaTurnsWest, "--known-at", "2000-01-01", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("was not yet known at 2000-01-01", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Consensus_UnknownFact_ExitsOneSayingHowToFindIds()
    {
        var run = await Tool.RunAsync("consensus", "fct_0000", "--db", seeded.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no fact has the id 'fct_0000'", run.Error, StringComparison.Ordinal);
        Assert.Contains("factstore facts", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consensus_SupersededFact_SaysSoAndNamesTheCurrentVersion_AsHistoryDoes()
    {
        const string Old = "fct_a3c38a24b96e0967c469fe044c22300e";
        var correction = new Fact { Statement = "Uzbekistan withdrew from the Collective Security Treaty twice, in 1999 and 2012.", Supersedes = Old };
        using var folder = new TempFolder();
        await SeededDatabase.ImportSeedsAsync(folder.Database);
        var file = folder.File("correction.jsonl");
        await File.WriteAllLinesAsync(file, [
            """{"type":"factstore","version":1}""",
            $$"""{"type":"fact","id":"{{correction.Id}}","subjectId":null,"predicate":null,"object":null,"qualifiers":[],"statementKey":null,"statement":"{{correction.Statement}}","validity":{"from":null,"to":null,"pointInTime":null},"supersedes":"{{Old}}"}""",
        ]);
        var import = await Tool.RunAsync("import", "jsonl", file, "--db", folder.Database);
        Assert.True(import.ExitCode == 0, import.ToString());

        var text = await Tool.RunAsync("consensus", Old, "--db", folder.Database);
        var json = await Tool.RunAsync("consensus", Old, "--json", "--db", folder.Database);
        var history = await Tool.RunAsync("history", Old, "--json", "--db", folder.Database);

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains($"superseded: a correction replaced this version; the current one is {correction.Id}: {correction.Statement}", text.Out, StringComparison.Ordinal);
        using var consensus = JsonDocument.Parse(json.Out);
        Assert.Equal("superseded", consensus.RootElement.GetProperty("status").GetString());
        Assert.Equal(correction.Id, consensus.RootElement.GetProperty("latestVersion").GetString());
        Assert.Equal("supported", consensus.RootElement.GetProperty("verdict").GetString());
        using var record = JsonDocument.Parse(history.Out);
        Assert.Equal(correction.Id, record.RootElement.GetProperty("supersededBy").GetString());
        Assert.Equal(correction.Id, record.RootElement.GetProperty("latestVersion").GetString());
        Assert.Contains(record.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "factCorrected" && c.GetProperty("importer").GetString() == "jsonl");
    }

    [Fact]
    public async Task Consensus_WithoutAFact_IsAUsageError()
    {
        var run = await Tool.RunAsync("consensus", "--db", seeded.Path);

        Assert.Equal(2, run.ExitCode);
    }
}
