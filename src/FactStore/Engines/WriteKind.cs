namespace FactStore.Engines;

/// <summary>What a writer asking for its turn will write, so an engine can let a short write go before queued imports.</summary>
public enum WriteKind
{
    /// <summary>Records an app writes itself (<c>WriteAsync</c>), or a schema upgrade: usually few, and someone waits for them.</summary>
    Direct,

    /// <summary>A run an importer streams from an input: it may hold the turn for as long as its input takes to write.</summary>
    Import,
}
