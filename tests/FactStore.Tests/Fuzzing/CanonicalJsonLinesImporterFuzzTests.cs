using FactStore.Tests.Support;

namespace FactStore.Tests.Fuzzing;

/// <summary>The <c>jsonl</c> importer on mutated exports.</summary>
public class CanonicalJsonLinesImporterFuzzTests
{
    [Fact]
    public async Task Import_MutatedExport_SucceedsOrFailsTypedWithItsLineLeavingTheStoreUnchanged()
    {
        byte[] export;
        await using (var source = await TestStore.CreateAsync())
        {
            var fact = TestRecords.Presides();
            await source.Store.WriteAsync([TestRecords.Article, TestRecords.Tokayev, TestRecords.Csto, fact, TestRecords.Says(fact, "there is no need to constantly raise alarms")]);
            using var buffer = new MemoryStream();
            await source.Store.Export.ExportJsonLinesAsync(buffer);
            export = buffer.ToArray();
        }

        await using var test = await TestStore.CreateAsync();
        await ImportProperty.SampleAsync(InputMutations.Of(export), bytes => ImportProperty.HoldsAsync(test.Store, "jsonl", "export.jsonl", bytes, lineBased: true), iterations: 150);
    }
}
