using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Fuzzing;

/// <summary>The <c>annotations-jsonl</c> importer on mutated parts of the seed annotation file, beside the seed articles.</summary>
public class AnnotationFileImporterFuzzTests
{
    [Fact]
    public async Task Import_MutatedAnnotations_SucceedsOrFailsTypedWithItsLineLeavingTheStoreUnchanged()
    {
        await using var test = await TestStore.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("factstore-fuzz-").FullName;
        try
        {
            foreach (var article in Seeds.Articles)
            {
                File.Copy(article, Path.Combine(folder, Path.GetFileName(article)));
                await test.Store.ImportAsync("plain-text-article", ImportInput.FromFile(article));
            }

            // Every entity, then the first facts and stances in file order (each key is declared before it is used).
            var lines = File.ReadAllLines(Seeds.Annotations);
            var entities = lines.Where(l => l.Contains("\"type\":\"entity\"", StringComparison.Ordinal));
            var rest = lines.Where(l => l.Contains("\"type\":\"fact\"", StringComparison.Ordinal) || l.Contains("\"type\":\"stance\"", StringComparison.Ordinal)).Take(20);
            var sample = Encoding.UTF8.GetBytes(string.Join("\n", entities.Concat(rest)) + "\n");
            var path = Path.Combine(folder, "fuzz.jsonl");

            await ImportProperty.SampleAsync(
                InputMutations.Of(sample),
                async bytes =>
                {
                    await File.WriteAllBytesAsync(path, bytes);
                    await ImportProperty.HoldsAsync(test.Store, "annotations-jsonl", ImportInput.FromFile(path), lineBased: true);
                },
                iterations: 120);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
