using System.Runtime.CompilerServices;

namespace FactStore.Testing.Tests.Support;

/// <summary>
/// A well-behaved importer of a line format: each line is an entity's label, a line starting with <c>!</c> is bad. The
/// broken importers derive from it and break one rule each.
/// </summary>
internal class LineImporter : IFactImporter
{
    public virtual string Name => "lines";

    public string Version => "1";

    public virtual async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input.Open());
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is string line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            yield return Item(line, number);
        }
    }

    protected virtual ImportItem Item(string line, int number) => line.StartsWith('!')
        ? ImportItem.Invalid($"a bad line: {ImportLimits.Excerpt(line)}", number, "entity")
        : new ImportItem { Record = new Entity { Label = Label(line) }, Line = number };

    protected virtual string Label(string line) => line;

    public static ImportInput Input(int count, string? bad = null) =>
        ImportInput.FromBytes("lines.txt", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, count).Select(i => $"Person {i}\n")) + bad));

    /// <summary>A file of about <paramref name="count"/> lines, for the memory check (a file, so no copy of it counts).</summary>
    public static ImportInput File(TempFolder folder, int count)
    {
        var path = folder.File($"lines-{count}.txt");
        using (var writer = new StreamWriter(path))
        {
            for (var i = 1; i <= count; i++)
            {
                writer.Write("Person ");
                writer.WriteLine(i);
            }
        }

        return ImportInput.FromFile(path);
    }
}
