namespace FactStore.PostgreSql.Search;

/// <summary>One part of a row's index entry.</summary>
/// <param name="Part">Its number within the row, from 0.</param>
/// <param name="Words">The tsvector in PostgreSQL's text form: each lexeme quoted, with its positions.</param>
/// <param name="Lead">How many tokens of the row before it it repeats first (at positions 1 to Lead).</param>
/// <param name="Tokens">How many of the row's tokens it holds after those.</param>
internal sealed record SearchPart(int Part, string Words, int Lead, int Tokens);
