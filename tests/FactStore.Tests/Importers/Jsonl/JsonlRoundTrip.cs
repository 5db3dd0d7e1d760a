using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using FactStore.Tests.Support;

namespace FactStore.Tests.Importers.Jsonl;

/// <summary>Exports a store, imports the export into an empty store with the <c>jsonl</c> importer and exports that.</summary>
internal static class JsonlRoundTrip
{
    public static async Task<string> ExportAsync(FactStoreDatabase store)
    {
        using var output = new MemoryStream();
        await store.Export.ExportJsonLinesAsync(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>The export imported into a fresh store (the clock a day later), and that store's export.</summary>
    public static async Task<(string Again, ImportResult Import)> ReimportAsync(string export)
    {
        await using var copy = await TestStore.CreateAsync();
        copy.Clock.Advance(TimeSpan.FromDays(1));
        var import = await copy.Store.ImportAsync("jsonl", ImportInput.FromBytes("store.jsonl", Encoding.UTF8.GetBytes(export)));
        return (await ExportAsync(copy.Store), import);
    }

    /// <summary>
    /// The export without each record's <c>provenance</c>: a re-import stamps its own run and time (the "known at"
    /// axis follows the importing store's clock), everything else must come back byte for byte.
    /// </summary>
    public static string WithoutProvenance(string export) => string.Join('\n', export.Split('\n').Select(line =>
    {
        if (line.Length == 0)
        {
            return line;
        }

        var node = JsonNode.Parse(line)!.AsObject();
        node.Remove("provenance");
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }));
}
