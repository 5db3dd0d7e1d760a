namespace FactStore.Importers;

/// <summary>A charset a file declares in its own bytes (an HTML <c>&lt;meta charset&gt;</c>, a front matter <c>charset:</c>), and the 1-based line of the declaration.</summary>
internal sealed record DeclaredCharset(string Label, int Line);
