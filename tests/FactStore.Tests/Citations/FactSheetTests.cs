using FactStore.Citations;
using FactStore.Tests.Support;
using Snapshooter.Xunit;

namespace FactStore.Tests.Citations;

/// <summary><see cref="FactSheet"/> on the seeds and on small stores with corrections and retractions.</summary>
public class FactSheetTests
{
    [Fact]
    public async Task ForFact_ContestedSeedFact_MatchesSnapshot()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var fact = (await test.Store.FindFactsAsync(new FactQuery())).Single(f => f.Statement.StartsWith("The CSTO as an organization was founded in 2002", StringComparison.Ordinal));

        var sheet = FactSheet.ForFact((await test.Store.GetEvidenceAsync(fact.Id))!);

        Assert.Contains("## Refuted by (1)\n\n- **AsiaNews**: “The Eurasian alliance has formally existed", sheet, StringComparison.Ordinal);
        Snapshot.Match(sheet.Split('\n'));
    }

    [Fact]
    public async Task ForEntity_TokayevsFactsOnTheSeeds_MatchesSnapshot()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var tokayev = Assert.Single(await test.Store.FindEntitiesAsync("Tokaev"));
        var facts = await test.Store.FindFactsAsync(new FactQuery { Subject = "Tokaev" });
        var evidence = new List<FactEvidence>();
        foreach (var fact in facts)
        {
            evidence.Add((await test.Store.GetEvidenceAsync(fact.Id))!);
        }

        var sheet = FactSheet.ForEntity(tokayev, evidence);

        Assert.StartsWith("# Kassym-Jomart Tokayev\n\nPerson; also known as ", sheet, StringComparison.Ordinal);
        Assert.Equal(facts.Count, sheet.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        var marks = sheet.Split('\n').Count(l => l.StartsWith("[^", StringComparison.Ordinal));
        Assert.Equal(evidence.Sum(e => e.Stances.Count), marks);
        Snapshot.Match(sheet.Split('\n'));
    }

    [Fact]
    public async Task ForFact_SupersededAndRetracted_ShowTheirStatus()
    {
        await using var test = await TestStore.CreateAsync();
        var old = TestRecords.Presides("2019");
        var correction = TestRecords.Presides("2019-03") with { Supersedes = old.Id };
        var withdrawn = new Fact { Statement = "The summit ended on *November* 24." };
        await test.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, old, correction, withdrawn, TestRecords.Says(old, "there is no need to constantly raise alarms")]);
        await test.Store.WriteAsync([new Retraction { TargetId = withdrawn.Id, Reason = "The article says November 23." }]);

        var superseded = FactSheet.ForFact((await test.Store.GetEvidenceAsync(old.Id))!);
        var retracted = FactSheet.ForFact((await test.Store.GetEvidenceAsync(withdrawn.Id))!);
        var current = FactSheet.ForFact((await test.Store.GetEvidenceAsync(correction.Id))!);

        Assert.Equal(
            "# Tokayev is President of Kazakhstan.\n\n- Valid: since 2019\n- Status: superseded by `" + correction.Id + "`\n\n"
            + "## Supported by (1)\n\n- **AsiaNews**: “there is no need to constantly raise alarms”[^1]\n\n"
            + "[^1]: AsiaNews. “Summit.” n.d. file:summit.txt.\n",
            superseded);
        Assert.Equal("# The summit ended on \\*November\\* 24.\n\n- Valid: not stated\n- Status: retracted: The article says November 23.\n\nNo stance cites it.\n", retracted);
        Assert.Contains("- Valid: since March 2019\n- Status: current\n- Corrects: “Tokayev is President of Kazakhstan.” (`" + old.Id + "`)\n", current, StringComparison.Ordinal);
    }

    [Fact]
    public void ForEntity_NoFacts_SaysSo()
    {
        var sheet = FactSheet.ForEntity(TestRecords.Csto, []);

        Assert.Equal("# CSTO\n\nOrganization.\n\nNo facts.\n", sheet);
    }

    [Fact]
    public void ForEntity_NullFact_Throws() =>
        Assert.Throws<ArgumentException>(() => FactSheet.ForEntity(TestRecords.Csto, [null!]));
}
