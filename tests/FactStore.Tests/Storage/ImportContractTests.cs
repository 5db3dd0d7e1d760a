using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

/// <summary>The import contract: skip and report, dry run, force, configuration fingerprints, progress, limits, one read.</summary>
public class ImportContractTests
{
    private static readonly string Annotations = string.Join('\n',
        """{"type":"entity","key":"a","label":"Alpha"}""",
        """{"type":"entity","key":"b","label":"Beta","kind":"planet"}""",
        """{"type":"fact","key":"f","subject":"a","predicate":"knows","objectValue":"Beta","statement":"Alpha knows Beta."}""",
        """{"type":"fact","key":"g","subject":"nobody","predicate":"knows","objectValue":"Beta","statement":"Nobody knows Beta."}""",
        """not json at all""",
        """{"type":"entity","key":"c","label":"Gamma"}""");

    private static ImportInput Input(string text, string name = "mixed.jsonl") => ImportInput.FromBytes(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Import_BadRecordsByDefault_WritesNothingAndNamesTheFirst()
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync("annotations-jsonl", Input(Annotations)));

        Assert.Equal(("mixed.jsonl", 2), (error.Input, error.Line));
        Assert.Empty(await test.Store.FindEntitiesAsync("Alpha"));
    }

    [Fact]
    public async Task Import_SkipBadRecords_WritesTheGoodOnesAndReportsEachBadOneWithItsLine()
    {
        await using var test = await TestStore.CreateAsync();

        var result = await test.Store.ImportAsync("annotations-jsonl", Input(Annotations), new ImportOptions { SkipBadRecords = true });

        Assert.Equal(2, result.EntitiesAdded);
        Assert.Equal(1, result.FactsAdded);
        Assert.Equal([2, 4, 5], result.Skipped.Select(s => s.Line ?? 0));
        Assert.All(result.Skipped, s => Assert.Equal("mixed.jsonl", s.Input));
        Assert.Contains("planet", result.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Single(await test.Store.FindEntitiesAsync("Gamma"));
        Assert.Empty(await test.Store.FindEntitiesAsync("Beta"));
        Assert.Equal(3L, RawDatabase.Scalar(test.DatabasePath, "SELECT skipped FROM import_runs"));
        Assert.Contains("\"line\":4", (string)RawDatabase.Scalar(test.DatabasePath, "SELECT skipped_records FROM import_runs")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DryRun_ChecksEverythingAndWritesNothing()
    {
        await using var test = await TestStore.CreateAsync();

        var result = await test.Store.ImportAsync("annotations-jsonl", Input(Annotations), new ImportOptions { DryRun = true, SkipBadRecords = true });

        Assert.True(result.DryRun);
        Assert.Equal(2, result.EntitiesAdded);
        Assert.Equal(3, result.Skipped.Count);
        Assert.Empty(await test.Store.FindEntitiesAsync("Alpha"));
        Assert.Equal(0L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM import_runs"));
    }

    [Fact]
    public async Task Import_SameInputAgain_IsRecognisedUnlessForced()
    {
        await using var test = await TestStore.CreateAsync();
        var first = await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("000")));

        var again = await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("000")));
        var forced = await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("000")), new ImportOptions { Force = true });

        Assert.True(again.AlreadyImported);
        Assert.Equal(first.ImportRunId, again.ImportRunId);
        Assert.False(forced.AlreadyImported);
        Assert.NotEqual(first.ImportRunId, forced.ImportRunId);
        Assert.Equal(1, forced.Unchanged);
        Assert.Equal(2L, RawDatabase.Scalar(test.DatabasePath, "SELECT COUNT(*) FROM import_runs"));
    }

    [Fact]
    public async Task Import_OtherConfiguration_IsANewRun()
    {
        await using var test = await TestStore.CreateAsync();
        var input = "hello";

        var first = await test.Store.ImportAsync(new ConfiguredImporter("lower"), Input(input, "a.txt"));
        var same = await test.Store.ImportAsync(new ConfiguredImporter("lower"), Input(input, "a.txt"));
        var other = await test.Store.ImportAsync(new ConfiguredImporter("upper"), Input(input, "a.txt"));

        Assert.True(same.AlreadyImported);
        Assert.False(other.AlreadyImported);
        Assert.Equal(1, other.SourcesAdded);
        Assert.Equal(1, first.SourcesAdded);
    }

    [Fact]
    public async Task Import_Progress_ReportsRecordsAndBytesOfTheTotal()
    {
        await using var test = await TestStore.CreateAsync();
        var reports = new List<ImportProgress>();
        var bytes = new FileInfo(Seeds.Annotations).Length;
        foreach (var article in Seeds.Articles)
        {
            await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(article));
        }

        await test.Store.ImportAsync("annotations-jsonl", ImportInput.FromFile(Seeds.Annotations), new ImportOptions { Progress = new SyncProgress(reports.Add) });

        var last = reports[^1];
        Assert.Equal(bytes, last.TotalBytes);
        Assert.Equal(bytes, last.BytesRead);
        Assert.Equal(63 + 92 + 171, last.Records);
    }

    [Fact]
    public async Task Import_QuoteOverTheLimit_IsRefusedWithAShortMessage()
    {
        await using var test = await TestStore.CreateAsync();
        var huge = new string('x', 50_000);
        var source = new Source { Text = "intro " + huge + " outro" };
        var fact = TestRecords.Presides();
        var stance = TestRecords.Says(fact, huge) with { SourceId = source.Id };
        var limits = new ImportOptions { Limits = new ImportLimits { MaxQuoteLength = 1000 } };

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() =>
            test.Store.ImportAsync(new ListImporter(source, TestRecords.Tokayev, fact, stance), Input("x"), limits));

        Assert.Contains("limit of 1,000", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 600, error.Message);
    }

    [Fact]
    public async Task Import_AlreadyImportedInputThatNowFails_IsStillRecognised()
    {
        await using var test = await TestStore.CreateSeededAsync();
        var source = (await test.Store.GetSourcesAsync())[0];
        await test.Store.WriteAsync([new Redaction { TargetId = source.Id, Reason = "Takedown." }]);

        var again = await test.Store.ImportAsync("annotations-jsonl", ImportInput.FromFile(Seeds.Annotations));

        Assert.True(again.AlreadyImported);
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    /// <summary>Writes the input as a source's text, in upper or lower case as configured.</summary>
    private sealed class ConfiguredImporter(string casing) : IFactImporter
    {
        public string Name => "configured";

        public string Version => "1";

        public string? Configuration => casing;

        public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(input.Open());
            var text = await reader.ReadToEndAsync(cancellationToken);
            yield return new ImportItem { Record = new Source { Text = casing == "upper" ? text.ToUpperInvariant() : text.ToLowerInvariant() } };
        }
    }
}
