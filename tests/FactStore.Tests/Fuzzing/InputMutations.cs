using System.Text;
using CsCheck;

namespace FactStore.Tests.Fuzzing;

/// <summary>
/// Generators of hostile inputs: a valid sample with a few bytes flipped, inserted or deleted, a lone surrogate escape
/// or another hostile token put inside a JSON string, deep nesting, huge numbers, a year 0000, invalid UTF-8; or
/// arbitrary bytes.
/// </summary>
internal static class InputMutations
{
    private static readonly byte[][] Tokens =
    [
        "\\ud800"u8.ToArray(), "\\udfff"u8.ToArray(), "\\udc00\\ud800"u8.ToArray(), "\\u0000"u8.ToArray(),
        [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
        "1e999999"u8.ToArray(), "123456789012345678901234567890"u8.ToArray(), "-0"u8.ToArray(),
        "0000"u8.ToArray(), "0000-00-00"u8.ToArray(), "+0000-01-01T00:00:00Z"u8.ToArray(), "-99999999999"u8.ToArray(),
        "\r\n"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(), "null"u8.ToArray(), "{}"u8.ToArray(), "[]"u8.ToArray(),
        Encoding.UTF8.GetBytes(new string('[', 300)), Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 300))),
        "<![CDATA["u8.ToArray(), "<script>"u8.ToArray(), "&#xD800;"u8.ToArray(), "&#99999999;"u8.ToArray(), "\u202E"u8.ToArray(),
    ];

    /// <summary>One of <paramref name="samples"/> with one to four mutations, or (one time in eight) arbitrary bytes.</summary>
    public static Gen<byte[]> Of(params byte[][] samples)
    {
        var mutated = Gen.Select(Gen.Int[0, samples.Length - 1], Gen.Int[1, 4], Gen.ULong, (i, n, seed) => Mutate(samples[i], n, seed));
        var arbitrary = Gen.Byte.Array[0, 256];
        return Gen.Frequency((7, mutated), (1, arbitrary));
    }

    private static byte[] Mutate(byte[] sample, int count, ulong seed)
    {
        var random = new Random((int)(seed ^ (seed >> 32)));
        var bytes = new List<byte>(sample);
        for (var i = 0; i < count; i++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16)));
                    break;
                case 3 when bytes.Count > 0:
                    // Truncated input.
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    // Inside a string where there is one: just after a quote character.
                    bytes.InsertRange(AfterQuote(bytes, random) ?? at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 5:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                default:
                    ReplaceYear(bytes, random);
                    break;
            }
        }

        return [.. bytes];
    }

    private static int? AfterQuote(List<byte> bytes, Random random)
    {
        var quotes = bytes.Select((b, i) => (b, i)).Where(p => p.b == (byte)'"').Select(p => p.i + 1).ToList();
        return quotes.Count == 0 ? null : quotes[random.Next(quotes.Count)];
    }

    /// <summary>Puts year 0000 (or another out-of-range year) where the sample has a year of 1800 to 2099.</summary>
    private static void ReplaceYear(List<byte> bytes, Random random)
    {
        var years = new List<int>();
        for (var i = 0; i + 4 <= bytes.Count; i++)
        {
            if ((bytes[i] == '1' && bytes[i + 1] is (byte)'8' or (byte)'9' || bytes[i] == '2' && bytes[i + 1] == '0') && IsDigit(bytes[i + 2]) && IsDigit(bytes[i + 3]))
            {
                years.Add(i);
            }
        }

        if (years.Count == 0)
        {
            return;
        }

        var at = years[random.Next(years.Count)];
        var year = random.Next(3) switch { 0 => "0000", 1 => "9999", _ => "0001" };
        for (var k = 0; k < 4; k++)
        {
            bytes[at + k] = (byte)year[k];
        }
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
