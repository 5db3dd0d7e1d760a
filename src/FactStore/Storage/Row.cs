using System.Collections.Concurrent;
using System.Data.Common;

namespace FactStore.Storage;

/// <summary>Reads the current row of a reader by column name; the name-to-ordinal map is built once per reader.</summary>
internal sealed class Row
{
    private readonly DbDataReader _reader;
    private readonly Dictionary<string, int> _ordinals;

    // A statement's columns never change, so their map is built once per statement text, not once per read.
    private static readonly ConcurrentDictionary<string, Dictionary<string, int>> OrdinalsBySql = new(StringComparer.Ordinal);

    public Row(DbDataReader reader, string? sql = null)
    {
        _reader = reader;
        _ordinals = sql is null ? Map(reader) : OrdinalsBySql.GetOrAdd(sql, static (_, r) => Map(r), reader);
    }

    private static Dictionary<string, int> Map(DbDataReader reader)
    {
        var ordinals = new Dictionary<string, int>(reader.FieldCount, StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            ordinals.TryAdd(reader.GetName(i), i);
        }

        return ordinals;
    }

    public bool IsNull(string column) => _reader.IsDBNull(Ordinal(column));

    public string String(string column) => _reader.GetString(Ordinal(column));

    public string? NullableString(string column) => _reader.IsDBNull(Ordinal(column)) ? null : _reader.GetString(Ordinal(column));

    public int? NullableInt(string column) => _reader.IsDBNull(Ordinal(column)) ? null : _reader.GetInt32(Ordinal(column));

    public long Long(string column) => _reader.GetInt64(Ordinal(column));

    public double? NullableDouble(string column) => _reader.IsDBNull(Ordinal(column)) ? null : _reader.GetDouble(Ordinal(column));

    public bool Bool(string column) => _reader.GetBoolean(Ordinal(column));

    private int Ordinal(string column) =>
        _ordinals.TryGetValue(column, out var ordinal) ? ordinal : throw new InvalidOperationException($"The query has no column '{column}'.");
}
