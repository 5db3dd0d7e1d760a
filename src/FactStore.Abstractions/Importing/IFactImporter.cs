namespace FactStore;

/// <summary>Reads one kind of input and yields the records in it; the store validates and writes them.</summary>
/// <remarks>
/// <para>An importer only reads: it never writes to the store. The store writes everything one
/// <see cref="ReadAsync"/> yields in one transaction, so an import lands whole or not at all.</para>
/// <para>Thread safety: the store calls an importer from one thread at a time per import; an importer registered as
/// a singleton may be used by concurrent imports and must keep no per-import state in fields.</para>
/// <para>Errors: throw <see cref="InvalidRecordException"/> naming the input and line for bad input; any exception
/// aborts the import and nothing of it is written.</para>
/// <para>Idempotence: the same input must yield the same records, so that identifiers derived from content make a
/// re-import add nothing.</para>
/// </remarks>
public interface IFactImporter
{
    /// <summary>A short stable name, e.g. <c>plain-text-article</c>; recorded in every record's provenance.</summary>
    string Name { get; }

    /// <summary>The importer's version; a new version re-imports an input the old one already imported.</summary>
    string Version { get; }

    /// <summary>Reads the input and yields its records in an order where every record comes after those it refers to.</summary>
    /// <param name="input">The input to read.</param>
    /// <param name="cancellationToken">Stops the read; the store then writes nothing.</param>
    /// <returns>The records, each with the line it came from where that is known.</returns>
    IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, CancellationToken cancellationToken);
}
