using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace FactStore.Storage.Integrity;

/// <summary>
/// What a run wrote, as one value: the sum, modulo 2^256, of the SHA-256 of each row's table and hash. A sum does not
/// depend on the order rows are visited, and a row undone (a skipped record's savepoint) is subtracted again; a row
/// deleted, added or changed behind the store's back changes it.
/// </summary>
internal sealed class RunDigest
{
    private static readonly BigInteger Modulus = BigInteger.One << 256;

    private BigInteger _sum;

    public int Rows { get; private set; }

    public void Add(string table, string rowHash)
    {
        _sum = (_sum + Term(table, rowHash)) % Modulus;
        Rows++;
    }

    public void Remove(string table, string rowHash)
    {
        _sum = (_sum - Term(table, rowHash) + Modulus) % Modulus;
        Rows--;
    }

    public override string ToString() => Convert.ToHexStringLower(_sum.ToByteArray(isUnsigned: true, isBigEndian: true)).PadLeft(64, '0');

    private static BigInteger Term(string table, string rowHash) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(table + "\n" + rowHash)), isUnsigned: true, isBigEndian: true);
}
