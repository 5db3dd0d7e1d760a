using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FactStore.Storage.Integrity;

/// <summary>
/// The hash a row carries over every one of its columns (docs/reliability.md): the writer computes it from the values
/// it inserts, <see cref="StoreVerifier"/> from the values stored, so any column changed behind the store's back shows.
/// </summary>
/// <remarks>
/// Columns are taken in ordinal order of their names, each as its name and its value's invariant text (a number and the
/// same number as text hash alike, so the engine's type affinity cannot make a whole row differ). The columns a
/// redaction may erase are left out: their own hash, <see cref="ExcerptHash"/>, is a column of the row instead.
/// </remarks>
internal static class RowHash
{
    /// <summary>The columns no row hash covers: the engine's row number, the hash itself, and the erasable excerpts.</summary>
    public static bool IsCovered(string table, string column) => column switch
    {
        "seq" or "row_hash" => false,
        "text" => table != "sources",
        "quote" or "quote_prefix" or "quote_suffix" => table != "stances",
        _ => true,
    };

    /// <summary>The columns of a table a row hash covers, in the order it takes them.</summary>
    public static string[] CoveredColumns(string table, IEnumerable<string> columns) =>
        columns.Where(c => IsCovered(table, c)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The row hash of a row, given the values of <see cref="CoveredColumns"/> in their order.</summary>
    public static string Of(string table, IReadOnlyList<string> coveredColumns, Func<int, object?> value)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, table);
        for (var i = 0; i < coveredColumns.Count; i++)
        {
            Append(hash, coveredColumns[i]);
            Append(hash, Text(value(i)));
        }

        return Hex(hash.GetHashAndReset());
    }

    /// <summary>The erasable columns of a table, in the order <see cref="ExcerptHash"/> takes them; empty for most tables.</summary>
    public static string[] ExcerptColumns(string table) => table switch
    {
        "sources" => ["text"],
        "stances" => ["quote", "quote_prefix", "quote_suffix"],
        _ => [],
    };

    /// <summary>The hash of a row's erasable excerpts (a source's text; a stance's quote, prefix and suffix).</summary>
    public static string ExcerptHash(params ReadOnlySpan<object?> excerpts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var excerpt in excerpts)
        {
            Append(hash, Text(excerpt));
        }

        return Hex(hash.GetHashAndReset());
    }

    /// <summary>A value as hashed: null apart from every text; numbers in invariant form, integral reals as integers.</summary>
    private static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        bool b => b ? "1" : "0",
        double d when double.IsInteger(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        float f => Text((double)f),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void Append(IncrementalHash hash, string? text)
    {
        // A length prefix keeps ("ab", "c") apart from ("a", "bc"); -1 marks null.
        var byteCount = text is null ? -1 : Encoding.UTF8.GetByteCount(text);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, byteCount);
        hash.AppendData(length);
        if (byteCount > 0)
        {
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(byteCount);
            var written = Encoding.UTF8.GetBytes(text, buffer);
            hash.AppendData(buffer, 0, written);
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Hex(byte[] digest) => Convert.ToHexStringLower(digest.AsSpan(0, 16));
}
