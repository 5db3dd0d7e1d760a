using System.Runtime.CompilerServices;
using FactStore.Plugins;
using FactStore.Tests.Support;

namespace FactStore.Tests.Plugins;

public class PluginImporterTests
{
    [Fact]
    public async Task ReadAsync_PluginThrowsItsOwnError_ReportedWithImporterPluginInputAndLine()
    {
        var importer = new PluginImporter(new FailingImporter(new KeyNotFoundException("column 'x'")), "/plugins/Failing.dll");
        await using var test = await TestStore.CreateAsync();
        var store = test.Store;

        var e = await Assert.ThrowsAsync<PluginImportException>(() => store.ImportAsync(importer, ImportInput.FromBytes("rows.csv", "x"u8.ToArray())));

        Assert.Equal("failing", e.Importer);
        Assert.Equal("rows.csv", e.Input);
        Assert.Equal(1, e.Line);
        Assert.IsType<KeyNotFoundException>(e.InnerException);
        Assert.Contains("rows.csv, after line 1: the importer 'failing' (plugin Failing.dll) failed: KeyNotFoundException: column 'x'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PluginThrowsAFactStoreError_PassedUnchanged()
    {
        var importer = new PluginImporter(new FailingImporter(new InvalidRecordException("bad row", "rows.csv", 2)), "/plugins/Failing.dll");
        await using var test = await TestStore.CreateAsync();
        var store = test.Store;

        await Assert.ThrowsAsync<InvalidRecordException>(() => store.ImportAsync(importer, ImportInput.FromBytes("rows.csv", "x"u8.ToArray())));
    }

    private sealed class FailingImporter(Exception error) : IFactImporter
    {
        public string Name => "failing";

        public string Version => "1";

        public async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return new ImportItem { Record = new Entity { Label = "Someone" }, Line = 1 };
            throw error;
        }
    }
}
