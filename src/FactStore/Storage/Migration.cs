namespace FactStore.Storage;

/// <summary>One step of the schema: applied once, in order, inside the transaction that opens the store.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
