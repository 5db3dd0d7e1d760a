namespace FactStore.Storage;

/// <summary>A label or alias from the name index: the entity, the name as recorded, folded, and its transliteration key.</summary>
internal sealed record NameRow(string EntityId, string Alias, string Name, string Spelling);
