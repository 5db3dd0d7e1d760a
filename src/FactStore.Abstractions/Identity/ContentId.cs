using System.Security.Cryptography;
using System.Text;

namespace FactStore.Identity;

/// <summary>
/// Builds the content-derived identifiers described in the README: a type prefix, an underscore and the first
/// 128 bits of a SHA-256 hash in lowercase hex. Each part is written as its length, a colon and its text (an absent
/// part as <c>-</c>), and the parts are joined with U+001F, so no two different part lists hash the same input.
/// </summary>
internal static class ContentId
{
    private const char Separator = '\u001F';

    public static string Create(string prefix, params ReadOnlySpan<string?> parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(Separator);
            }

            if (parts[i] is string part)
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"{part.Length}:").Append(part);
            }
            else
            {
                builder.Append('-');
            }
        }

        return FromBytes(prefix, Encoding.UTF8.GetBytes(builder.ToString()));
    }

    public static string FromBytes(string prefix, ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return prefix + "_" + Convert.ToHexStringLower(hash[..16]);
    }

    public static string Sha256(ReadOnlySpan<byte> content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));
}
