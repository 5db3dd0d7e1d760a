using System.Security.Cryptography;
using System.Text;

namespace FactStore.Identity;

/// <summary>
/// Builds the content-derived identifiers described in the README: a type prefix, an underscore and the first
/// 128 bits of a SHA-256 hash in lowercase hex. Each part is written as its length, a colon and its text (an absent
/// part as <c>-</c>), and the parts are joined with U+001F, so no two different part lists hash the same input.
/// </summary>
/// <remarks>
/// Public so that the store, and importers that key records of their own, hash exactly as the records do; the scheme
/// is pinned by tests and never changes within a major version.
/// </remarks>
public static class ContentId
{
    private const char Separator = '\u001F';

    /// <summary>An identifier: <paramref name="prefix"/>, an underscore and the hash of the parts.</summary>
    /// <param name="prefix">The type prefix, e.g. <c>fct</c>.</param>
    /// <param name="parts">The parts, in order; <see langword="null"/> for an absent part.</param>
    /// <returns>The identifier, e.g. <c>fct_</c> and 32 lowercase hex digits.</returns>
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

    /// <summary>An identifier: <paramref name="prefix"/>, an underscore and the first 128 bits of the SHA-256 of the bytes.</summary>
    /// <param name="prefix">The type prefix.</param>
    /// <param name="content">The bytes hashed.</param>
    /// <returns>The identifier.</returns>
    public static string FromBytes(string prefix, ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return prefix + "_" + Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The full SHA-256 of the bytes as <c>sha256:</c> and 64 lowercase hex digits (a content hash).</summary>
    /// <param name="content">The bytes hashed.</param>
    /// <returns>The content hash.</returns>
    public static string Sha256(ReadOnlySpan<byte> content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));
}
