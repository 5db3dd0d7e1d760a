namespace FactStore.PostgreSql.Search;

/// <summary>One part of a row's index entry.</summary>
/// <param name="Part">Its number within the row, from 0.</param>
/// <param name="Words">The tsvector in PostgreSQL's text form: each lexeme quoted, with its positions.</param>
/// <param name="Tokens">How many tokens it holds.</param>
internal sealed record SearchPart(int Part, string Words, int Tokens);
