namespace FactStore.Searching.Fts5;

/// <summary>One place where a query phrase occurs in a text, as FTS5's xInst() reports it.</summary>
/// <param name="Phrase">The phrase's index in the query.</param>
/// <param name="Offset">The index of the token the phrase starts at.</param>
internal readonly record struct Fts5Instance(int Phrase, int Offset);
