namespace FactStore;

/// <summary>Reads one kind of input and yields the records in it; the store validates and writes them.</summary>
/// <remarks>
/// <para>An importer only reads: it never writes to the store. The store writes everything one
/// <see cref="ReadAsync"/> yields in one transaction, so an import lands whole or not at all.</para>
/// <para>Thread safety: the store calls an importer from one thread at a time per import; an importer registered as
/// a singleton may be used by concurrent imports and must keep no per-import state in fields.</para>
/// <para>Errors: for a part of the input that cannot be read, yield <see cref="ImportItem.Invalid"/> naming the line
/// and go on: the store skips and reports it when asked to (<see cref="ImportOptions.SkipBadRecords"/>), else aborts.
/// An exception thrown from the enumeration aborts the import; the store reports it with the importer, the input and the
/// last line read, and writes nothing of it.</para>
/// <para>Limits: honour <see cref="ImportInput.Limits"/> (line length, nesting depth) while reading.</para>
/// <para>Idempotence: the same input must yield the same records, so that identifiers derived from content make a
/// re-import add nothing.</para>
/// </remarks>
public interface IFactImporter
{
    /// <summary>A short stable name, e.g. <c>plain-text-article</c>; recorded in every record's provenance.</summary>
    string Name { get; }

    /// <summary>The importer's version; a new version re-imports an input the old one already imported.</summary>
    string Version { get; }

    /// <summary>
    /// A fingerprint of the importer's settings that change what it yields (a column mapping, a language), or
    /// <see langword="null"/> when it has none. Part of the import run's identity: importing the same input with other
    /// settings is a new run, the same settings again adds nothing.
    /// </summary>
    string? Configuration => null;

    /// <summary>Reads the input and yields its records in an order where every record comes after those it refers to.</summary>
    /// <param name="input">The input to read.</param>
    /// <param name="cancellationToken">Stops the read; the store then writes nothing.</param>
    /// <returns>The records, each with the line it came from where that is known.</returns>
    IAsyncEnumerable<ImportItem> ReadAsync(ImportInput input, CancellationToken cancellationToken);
}
