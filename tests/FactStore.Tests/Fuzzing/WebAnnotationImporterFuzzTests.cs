using System.Text;
using FactStore.Tests.Support;

namespace FactStore.Tests.Fuzzing;

/// <summary>The <c>web-annotation</c> importer on mutated W3C examples.</summary>
public class WebAnnotationImporterFuzzTests
{
    [Fact]
    public async Task Import_MutatedAnnotation_SucceedsOrFailsTypedLeavingTheStoreUnchanged()
    {
        await using var test = await TestStore.CreateAsync();
        var folder = Path.Combine(AppContext.BaseDirectory, "WebAnnotations", "Fixtures");
        var samples = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

        await ImportProperty.SampleAsync(
            InputMutations.Of(samples),
            bytes => ImportProperty.HoldsAsync(test.Store, "web-annotation", "annotation.json", bytes),
            iterations: 150);
    }

    /// <summary>Found by the property above: bytes that are not UTF-8 inside a JSON string (here an encoded surrogate, which the parser lets through) parse, then threw InvalidOperationException when read.</summary>
    [Fact]
    public async Task Import_InvalidUtf8InsideAString_IsATypedErrorNamingItsLine()
    {
        await using var test = await TestStore.CreateAsync();
        byte[] json = [.. "{\n  \"type\": \"Annotation\",\n  \"bodyValue\": \"I disagree "u8, 0xED, 0xA0, 0x80, .. "\",\n  \"target\": \"http://example.org/page1\"\n}\n"u8];

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync("web-annotation", ImportInput.FromBytes("annotation.json", json)));

        Assert.Equal(("annotation.json", 3), (error.Input, error.Line));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Found by the property above: the annotation's id was quoted whole in the message, beside a 200-character excerpt of its body.</summary>
    [Fact]
    public async Task Import_LongIdAndBadBody_GivesAShortMessage()
    {
        await using var test = await TestStore.CreateAsync();
        var json = $$"""{"type":"Annotation","id":"http://example.org/{{new string('x', 5000)}}","body":{"source":"http://example.org/{{new string('y', 5000)}}"},"target":"http://example.org/page1"}""";

        var error = await Assert.ThrowsAsync<InvalidRecordException>(() => test.Store.ImportAsync("web-annotation", ImportInput.FromBytes("annotation.json", Encoding.UTF8.GetBytes(json))));

        Assert.InRange(error.Message.Length, 1, ImportProperty.MaxMessageLength);
    }
}
