using System.Runtime.CompilerServices;

namespace FactStore.Testing.Tests.Support;

/// <summary>Labels with a random part: ids differ on every read.</summary>
internal sealed class NondeterministicImporter : LineImporter
{
    protected override string Label(string line) => $"{line} {Guid.NewGuid():N}";
}

/// <summary>Reads to the end whatever its token says.</summary>
internal sealed class IgnoresCancellationImporter : LineImporter
{
    public override async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input.Open());
        var number = 0;
        while (await reader.ReadLineAsync(CancellationToken.None) is string line)
        {
            yield return Item(line, ++number);
        }
    }
}

/// <summary>Throws a raw <see cref="FormatException"/>, with no line, at a bad line.</summary>
internal sealed class RawExceptionImporter : LineImporter
{
    protected override ImportItem Item(string line, int number) =>
        line.StartsWith('!') ? throw new FormatException($"cannot read '{line}'") : base.Item(line, number);
}

/// <summary>Reports a bad line as invalid, but without its line.</summary>
internal sealed class InvalidWithoutLineImporter : LineImporter
{
    protected override ImportItem Item(string line, int number) =>
        line.StartsWith('!') ? ImportItem.Invalid("a bad line") : base.Item(line, number);
}

/// <summary>Reads the whole input into memory first and keeps every record it yields.</summary>
internal sealed class HoardingImporter : LineImporter
{
    public override async IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input.Open());
        var lines = (await reader.ReadToEndAsync(cancellationToken)).Split('\n');
        var kept = new List<ImportItem>();
        for (var i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (lines[i].Length > 0)
            {
                var item = Item(lines[i], i + 1);
                kept.Add(item);
                yield return item;
            }
        }
    }
}

/// <summary>A configuration that changes on every import.</summary>
internal sealed class ChangingConfigurationImporter : LineImporter, IFactImporter
{
    string? IFactImporter.Configuration => Guid.NewGuid().ToString("N");
}

/// <summary>Stances citing a source it never yields.</summary>
internal sealed class DanglingReferenceImporter : LineImporter
{
    protected override ImportItem Item(string line, int number) =>
        new() { Record = new Fact { Statement = line, Supersedes = "fct_00000000000000000000000000000000" }, Line = number };
}
