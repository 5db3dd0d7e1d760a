using System.Text;
using System.Text.RegularExpressions;

namespace FactStore.Importers.Articles;

/// <summary>
/// Finds the charset an HTML page declares in its head (<c>&lt;meta charset="…"&gt;</c>, or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=…"&gt;</c>), reading its bytes as ASCII the way
/// the WHATWG prescan does, up to <c>&lt;body</c> or <c>&lt;/head</c> and at most 64 KiB; comments are skipped.
/// </summary>
internal static partial class HtmlCharset
{
    private const int ScanLength = 64 * 1024;

    public static DeclaredCharset? Find(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, ScanLength)]);
        foreach (Match tag in Tags().Matches(head))
        {
            if (tag.Groups["end"].Success)
            {
                return null;
            }

            if (tag.Groups["meta"].Success && Charset().Match(tag.Value) is { Success: true } charset)
            {
                return new DeclaredCharset(charset.Groups["c"].Value, head.AsSpan(0, tag.Index).Count('\n') + 1);
            }
        }

        return null;
    }

    [GeneratedRegex(@"<!--.*?-->|(?<meta><meta\b[^>]*>)|(?<end></head\b|<body\b)", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?\s*(?<c>[^\s""'/>;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Charset();
}
