using FactStore.Importers;
using FactStore.Tests.Support;

namespace FactStore.Tests.Storage;

public class TransactionalImportTests
{
    [Fact]
    public async Task Import_QuoteNotInSource_IsRefusedNamingSourceQuoteAndLineAndWritesNothing()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync(new PlainTextArticleImporter(), ImportInput.FromFile(Seeds.Article("004")));
        using var folder = new AnnotationFolder(Seeds.Article("004"), """
            {"type":"entity","key":"csto","label":"CSTO","kind":"organization"}
            {"type":"fact","key":"failing","subject":"csto","predicate":"is_failing","objectValue":"true","statement":"The CSTO is failing."}
            {"type":"stance","fact":"failing","source":"004_0802b8e502e47f02.txt","position":"supports","quote":"With CSTO failing"}
            {"type":"stance","fact":"failing","source":"004_0802b8e502e47f02.txt","position":"refutes","quote":"The CSTO is thriving"}
            """);

        var error = await Assert.ThrowsAsync<CitationNotFoundException>(() =>
            test.Store.ImportAsync(new AnnotationFileImporter(), ImportInput.FromFile(folder.AnnotationFile)));

        Assert.Equal("The CSTO is thriving", error.Quote);
        Assert.Equal(4, error.Line);
        Assert.Equal(new Source { Text = Seeds.Text("004") }.Id, error.SourceId);
        Assert.Contains("a.jsonl, line 4", error.Message, StringComparison.Ordinal);
        Assert.Empty(await test.Store.FindEntitiesAsync("CSTO"));
        Assert.Empty(await test.Store.FindFactsAsync(new FactQuery()));
        Assert.Single(await test.Store.GetSourcesAsync());
    }

    [Fact]
    public async Task Import_UnknownReference_IsRefusedWithTheLineAndRolledBack()
    {
        await using var test = await TestStore.CreateAsync();
        using var folder = new AnnotationFolder(Seeds.Article("003"), """
            {"type":"entity","key":"csto","label":"CSTO","kind":"organization"}
            {"type":"fact","key":"f","subject":"csto","predicate":"p","objectValue":"v","statement":"S."}
            {"type":"stance","fact":"f","source":"003_83cf4a5620b261d7.txt","position":"supports","quote":"CSTO"}
            """);

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() =>
            test.Store.ImportAsync("annotations-jsonl", ImportInput.FromFile(folder.AnnotationFile)));

        Assert.Equal(3, error.Line);
        Assert.Contains("source src_", error.Message, StringComparison.Ordinal);
        Assert.Contains("import it first", error.Message, StringComparison.Ordinal);
        Assert.Empty(await test.Store.FindFactsAsync(new FactQuery()));
    }

    [Fact]
    public async Task Write_ARowTheDatabaseRefuses_IsRefusedNamingItsRecordAndWritesNothing()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.WriteAsync([TestRecords.Tokayev]);
        RawDatabase.RefuseFactStatement(test.DatabasePath, "Refuse me.");
        var refused = TestRecords.Presides() with { Statement = "Refuse me." };

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.WriteAsync([TestRecords.Presides("2020"), refused]));

        Assert.Equal(refused.Id, error.RecordId);
        Assert.StartsWith("the database refused it: ", error.Reason, StringComparison.Ordinal);
        Assert.Empty(await test.Store.FindFactsAsync(new FactQuery()));
    }

    [Fact]
    public async Task Import_ImporterThrowsMidway_LeavesNothingAndCanBeRetried()
    {
        await using var test = await TestStore.CreateAsync();
        var failing = new FailingImporter(failAfter: 2);

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync(failing, ImportInput.FromBytes("x", "x"u8.ToArray())));
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Equal(("x", 2), (error.Input, error.Line));
        Assert.Contains("the importer 'failing' failed after line 2", error.Message, StringComparison.Ordinal);
        Assert.Empty(await test.Store.GetSourcesAsync());

        var result = await test.Store.ImportAsync(new FailingImporter(failAfter: 99), ImportInput.FromBytes("x", "x"u8.ToArray()));
        Assert.Equal(3, result.SourcesAdded);
    }

    [Fact]
    public async Task Import_Cancelled_WritesNothing()
    {
        await using var test = await TestStore.CreateAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            test.Store.ImportAsync(new PlainTextArticleImporter(), ImportInput.FromFile(Seeds.Article("000")), cancellation.Token));

        Assert.Empty(await test.Store.GetSourcesAsync());
    }

    [Fact]
    public async Task Import_CancelledMidway_WritesNothing()
    {
        await using var test = await TestStore.CreateAsync();
        using var cancellation = new CancellationTokenSource();
        var importer = new FailingImporter(failAfter: 99) { AfterEachItem = i => { if (i == 1) { cancellation.Cancel(); } } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            test.Store.ImportAsync(importer, ImportInput.FromBytes("x", "x"u8.ToArray()), cancellation.Token));

        Assert.Empty(await test.Store.GetSourcesAsync());
    }

    [Fact]
    public async Task Import_SameInputTwice_IsRecognisedAndAddsNothing()
    {
        await using var test = await TestStore.CreateAsync();
        var first = await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("001")));
        test.Clock.Advance(TimeSpan.FromHours(1));

        var second = await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("001")));

        Assert.Equal(1, first.SourcesAdded);
        Assert.True(second.AlreadyImported);
        Assert.False(second.AddedAnything);
        Assert.Equal(first.ImportRunId, second.ImportRunId);
    }

    [Fact]
    public async Task Import_SameBytesUnderAnotherName_AddsOnlyTheNewLocator()
    {
        await using var test = await TestStore.CreateAsync();
        var bytes = await File.ReadAllBytesAsync(Seeds.Article("002"));
        await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("002")));

        var renamed = await test.Store.ImportAsync("plain-text-article", ImportInput.FromBytes("renamed.txt", bytes));

        Assert.False(renamed.AlreadyImported);
        Assert.Equal(0, renamed.SourcesAdded);
        Assert.Equal(1, renamed.LocatorsAdded);
        Assert.Equal(0, renamed.Unchanged);
        var source = Assert.Single(await test.Store.GetSourcesAsync());
        Assert.Equal(["002_f095a8e275f1879a.txt", "renamed.txt"], source.Locators);
    }

    [Fact]
    public async Task Import_SameSourceThroughAnotherImporter_IsCountedUnchanged()
    {
        await using var test = await TestStore.CreateAsync();
        await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(Seeds.Article("002")));

        var again = await test.Store.WriteAsync([new Source { Text = Seeds.Text("002") }]);

        Assert.Equal(0, again.SourcesAdded);
        Assert.Equal(1, again.Unchanged);
        Assert.Single(await test.Store.GetSourcesAsync());
    }

    [Fact]
    public async Task Import_FromStreams_ReadsTheInputOnce()
    {
        await using var test = await TestStore.CreateAsync();
        var opened = 0;

        var result = await test.Store.ImportAsync("plain-text-article", ImportInput.FromStream("000.txt", () =>
        {
            opened++;
            return File.OpenRead(Seeds.Article("000"));
        }));

        Assert.Equal(1, result.SourcesAdded);
        Assert.Equal(1, opened);
        Assert.Equal(["000.txt"], (await test.Store.GetSourcesAsync())[0].Locators);
    }

    [Fact]
    public async Task ImportByName_Unknown_ListsTheRegisteredImporters()
    {
        await using var test = await TestStore.CreateAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Store.ImportAsync("csv", ImportInput.FromBytes("x", "x"u8.ToArray())));

        Assert.Contains("annotations-jsonl, claimreview, html-article, jsonl, markdown-article, plain-text-article", error.Message, StringComparison.Ordinal);
    }

    private sealed class FailingImporter(int failAfter) : IFactImporter
    {
        public string Name => "failing";

        public string Version => "1";

        public Action<int>? AfterEachItem { get; init; }

        public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var i = 0; i < 3; i++)
            {
                if (i == failAfter)
                {
                    throw new InvalidOperationException("the input broke");
                }

                await Task.Yield();
                yield return new ImportItem { Record = new Source { Text = $"source {i}" }, Line = i + 1 };
                AfterEachItem?.Invoke(i);
            }
        }
    }
}
