namespace FactStore.Searching.Fts5;

/// <summary>One token of a text as FTS5 indexes it: its folded term and where it stands in the text (UTF-16 offsets).</summary>
/// <param name="Term">The token case-folded and without diacritics, as FTS5 stores it.</param>
/// <param name="Start">The offset of its first character.</param>
/// <param name="End">The offset just after its last character (a trailing diacritic mark included).</param>
internal readonly record struct Fts5Token(string Term, int Start, int End);
