using System.Data.Common;

namespace FactStore.Storage.Integrity;

/// <summary>Hashes the rows a reader returns from one table as the writer hashed them when it inserted them.</summary>
internal sealed class StoredRowHasher
{
    private readonly string _table;
    private readonly string[] _covered;
    private readonly int[] _coveredOrdinals;
    private readonly int[] _excerptOrdinals;

    /// <summary>Reads the reader's columns; those not of the table (e.g. an alias for the row number) are named in <paramref name="ignored"/>.</summary>
    public StoredRowHasher(string table, DbDataReader reader, params string[] ignored)
    {
        _table = table;
        var ordinals = Enumerable.Range(0, reader.FieldCount).Where(i => !ignored.Contains(reader.GetName(i))).ToDictionary(reader.GetName, StringComparer.Ordinal);
        _covered = RowHash.CoveredColumns(table, ordinals.Keys);
        _coveredOrdinals = Array.ConvertAll(_covered, c => ordinals[c]);
        _excerptOrdinals = Array.ConvertAll(RowHash.ExcerptColumns(table), c => ordinals[c]);
        HasExcerptHash = ordinals.ContainsKey("excerpt_hash");
        RowHashOrdinal = ordinals.GetValueOrDefault("row_hash", -1);
        ExcerptHashOrdinal = ordinals.GetValueOrDefault("excerpt_hash", -1);
    }

    public bool HasExcerptHash { get; }

    /// <summary>The ordinal of the stored row hash, or -1 when the reader has none.</summary>
    public int RowHashOrdinal { get; }

    /// <summary>The ordinal of the stored excerpt hash, or -1 when the reader has none.</summary>
    public int ExcerptHashOrdinal { get; }

    /// <summary>The hash of the current row's erasable excerpts as they are now.</summary>
    public string? ExcerptHash(DbDataReader reader) =>
        _excerptOrdinals.Length == 0 ? null : RowHash.ExcerptHash(Array.ConvertAll(_excerptOrdinals, reader.GetValue));

    /// <summary>The row hash of the current row, over its stored excerpt hash (or <paramref name="excerptHash"/> when given).</summary>
    public string RowHashOf(DbDataReader reader, string? excerptHash = null) =>
        RowHash.Of(_table, _covered, i => _covered[i] == "excerpt_hash" && excerptHash is not null ? excerptHash : reader.GetValue(_coveredOrdinals[i]));
}
