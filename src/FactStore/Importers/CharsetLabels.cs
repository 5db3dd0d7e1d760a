using System.Text;

namespace FactStore.Importers;

/// <summary>Turns a declared charset label into an encoding, as browsers do (the WHATWG Encoding Standard's labels).</summary>
/// <remarks>
/// The code pages come from <see cref="CodePagesEncodingProvider"/> directly, without registering it process-wide.
/// Decoding is strict where the encoding allows: bytes a charset cannot decode are an error, never a silent U+FFFD.
/// </remarks>
internal static class CharsetLabels
{
    /// <summary>Labels that browsers decode as windows-1252, ISO-8859-1 and US-ASCII among them (a page labelled latin-1 with curly quotes in 0x91–0x94 shows them).</summary>
    private static readonly HashSet<string> Windows1252 = new(StringComparer.Ordinal)
    {
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
        "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
    };

    /// <summary>Labels of Unicode encodings: a declaration read as ASCII cannot be UTF-16, so browsers take these as UTF-8.</summary>
    private static readonly HashSet<string> Utf8 = new(StringComparer.Ordinal)
    {
        "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8", "utf-16", "utf-16be", "utf-16le",
    };

    /// <summary>The encoding a label names, or <see langword="null"/> when it names none this runtime has.</summary>
    public static Encoding? Resolve(string label)
    {
        label = label.Trim().ToLowerInvariant();
        if (Utf8.Contains(label))
        {
            return ByteOrderMark.StrictUtf8;
        }

        var name = Windows1252.Contains(label) ? "windows-1252" : label;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
