using FactStore;

namespace ThrowingPlugin;

public sealed class ThrowingImporter : IFactImporter
{
    public ThrowingImporter() => throw new InvalidOperationException("no licence key configured");

    public string Name => "throwing";

    public string Version => "1";

    public IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, CancellationToken cancellationToken) => throw new NotSupportedException();
}
