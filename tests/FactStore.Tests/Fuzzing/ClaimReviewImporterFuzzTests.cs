using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Fuzzing;

/// <summary>The <c>claimreview</c> importer on mutated ClaimReview JSON-LD, data feeds and pages.</summary>
public class ClaimReviewImporterFuzzTests
{
    [Fact]
    public async Task Import_MutatedInput_SucceedsOrFailsTypedLeavingTheStoreUnchanged()
    {
        await using var test = await TestStore.CreateAsync();
        var folder = Path.Combine(AppContext.BaseDirectory, "Importers", "ClaimReview", "Fixtures");
        var samples = Directory.GetFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

        await ImportProperty.SampleAsync(InputMutations.Of(samples), bytes => ImportProperty.HoldsAsync(test.Store, "claimreview", "review.json", bytes), iterations: 100);
    }

    /// <summary>Found by the property above: bytes that are not UTF-8 inside a JSON string (here an encoded surrogate, which the parser lets through) parse, then threw InvalidOperationException when read.</summary>
    [Fact]
    public async Task Import_InvalidUtf8InsideAString_IsATypedErrorNamingItsLine()
    {
        await using var test = await TestStore.CreateAsync();
        byte[] json = [.. "{\n  \"@type\": \"ClaimReview\",\n  \"claimReviewed\": \"Bills double "u8, 0xED, 0xA0, 0x80, .. "\"\n}\n"u8];

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync("claimreview", ImportInput.FromBytes("review.json", json)));

        Assert.Equal(("review.json", 3), (error.Input, error.Line));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }
}
