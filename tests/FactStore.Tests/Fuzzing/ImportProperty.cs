using System.Text;
using CsCheck;

namespace FactStore.Tests.Fuzzing;

/// <summary>
/// The property every importer holds on any input: the import succeeds, or it throws the library's typed import error
/// (<see cref="InvalidRecordException"/>, or <see cref="CitationNotFoundException"/> for a quote), whose message names
/// the input (and the line, for a line-based input) and stays short; and a failed import leaves the store unchanged.
/// </summary>
internal static class ImportProperty
{
    /// <summary>The longest message allowed: a location, a reason and an excerpt of at most about 200 characters of input.</summary>
    public const int MaxMessageLength = 600;

    /// <summary>Samples <paramref name="inputs"/> on one thread (the checks compare the store before and after each import).</summary>
    public static Task SampleAsync(Gen<byte[]> inputs, Func<byte[], Task> check, long iterations) =>
        inputs.SampleAsync(check, iter: FuzzScale.Of(iterations), threads: 1, print: Print);

    /// <summary>Imports <paramref name="bytes"/> and checks the property.</summary>
    public static async Task HoldsAsync(FactStoreDatabase store, string importer, string inputName, byte[] bytes, bool lineBased = false) =>
        await HoldsAsync(store, importer, ImportInput.FromBytes(inputName, bytes), lineBased);

    /// <summary>Imports <paramref name="input"/> and checks the property.</summary>
    public static async Task HoldsAsync(FactStoreDatabase store, string importer, ImportInput input, bool lineBased = false)
    {
        var before = await SnapshotAsync(store);
        try
        {
            await store.ImportAsync(importer, input);
        }
        catch (FactStoreException e) when (e is InvalidRecordException or CitationNotFoundException)
        {
            Assert.True(e.Message.Contains(input.Name, StringComparison.Ordinal), $"The message does not name the input: {Short(e.Message)}");

            // The store wraps what an importer throws untyped ("the importer 'x' failed: InvalidOperationException: …"):
            // a safety net that must not be needed by a built-in importer.
            Assert.False(e.Message.Contains($"the importer '{importer}' failed", StringComparison.Ordinal), $"The importer threw untyped: {Short(e.Message)}");
            Assert.True(e.Message.Length <= MaxMessageLength, $"The message has {e.Message.Length} characters: {Short(e.Message)}");
            if (lineBased)
            {
                Assert.True(LineOf(e) is > 0, $"The message of a line-based input names no line: {Short(e.Message)}");
            }

            Assert.Equal(before, await SnapshotAsync(store));
        }
    }

    /// <summary>What the store holds: rows by record type and runs.</summary>
    public static async Task<string> SnapshotAsync(FactStoreDatabase store)
    {
        var statistics = await store.Maintenance.GetStatisticsAsync();
        return string.Join(", ", statistics.Records.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value}")) + $", runs={statistics.Runs}";
    }

    private static int? LineOf(FactStoreException e) => e switch
    {
        InvalidRecordException invalid => invalid.Line,
        CitationNotFoundException citation => citation.Line,
        _ => null,
    };

    private static string Short(string text) => text.Length <= 1000 ? text : text[..1000] + "…";

    private static string Print(byte[] bytes) => Short(Encoding.UTF8.GetString(bytes).Replace("\uFFFD", "\\uFFFD", StringComparison.Ordinal));
}
