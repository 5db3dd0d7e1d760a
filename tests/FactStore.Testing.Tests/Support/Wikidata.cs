namespace FactStore.Testing.Tests.Support;

/// <summary>Wikidata inputs: the Bielefeld fixture, a dump with a broken line, and generated dumps.</summary>
internal static class Wikidata
{
    public static ImportInput Bielefeld => ImportInput.FromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Q2112.json"));

    public static ImportInput BrokenDump => ImportInput.FromBytes("broken.json", System.Text.Encoding.UTF8.GetBytes($"[\n{Entity(1)},\n{{\"type\":\"item\",\"id\":\n]\n"));

    /// <summary>A dump (one entity a line) from which the importer yields about <paramref name="records"/> records: four an entity.</summary>
    public static ImportInput Dump(TempFolder folder, int records)
    {
        var path = folder.File($"dump-{records}.json");
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine('[');
            var entities = Math.Max(1, records / 4);
            for (var i = 1; i <= entities; i++)
            {
                writer.Write(Entity(i));
                writer.WriteLine(i < entities ? "," : "");
            }

            writer.WriteLine(']');
        }

        return ImportInput.FromFile(path);
    }

    private static string Entity(int i) =>
        "{\"type\":\"item\",\"id\":\"Q" + (1000 + i) + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Item " + i + "\"}},"
        + "\"claims\":{\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"numeric-id\":5,\"id\":\"Q5\"},\"type\":\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"},"
        + "\"type\":\"statement\",\"id\":\"Q" + (1000 + i) + "$1\",\"rank\":\"normal\"}]}}";
}
