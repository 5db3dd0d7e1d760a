namespace FactStore.Importers;

/// <summary>
/// Finds what makes JSON that parsed unreadable as text: bytes that are not UTF-8 (the parser does not check them inside
/// strings) and lone surrogate escapes (<c>\ud800</c> not followed by a low surrogate escape, or a low one alone).
/// <c>JsonElement.GetString</c> throws <see cref="InvalidOperationException"/> on either; importers check up front to
/// report them with their line instead.
/// </summary>
internal static class JsonStringCheck
{
    /// <summary>Throws the typed import error naming the input and line when <paramref name="json"/> holds a string that is not text.</summary>
    /// <param name="json">The JSON, already parsed.</param>
    /// <param name="input">The input's name.</param>
    /// <param name="firstLine">The line of the input <paramref name="json"/> starts on.</param>
    public static void ThrowIfNotText(ReadOnlySpan<byte> json, string input, int firstLine = 1)
    {
        if (Problem(json) is var (offset, reason))
        {
            throw new InvalidRecordException(reason, input, firstLine + LineAt(json, offset) - 1);
        }
    }

    /// <summary>Where <paramref name="json"/> first holds bytes that are not UTF-8 or a lone surrogate escape, and what; <see langword="null"/> when it is text.</summary>
    public static (int Offset, string Reason)? Problem(ReadOnlySpan<byte> json)
    {
        if (Utf8Scan.FirstInvalid(json) is var bad && bad < json.Length)
        {
            return (bad, $"the input is not valid UTF-8 (bad byte 0x{json[bad]:X2} at column {Column(json, bad)})");
        }

        return FirstLoneSurrogate(json) is var lone and >= 0 ? (lone, LoneSurrogate(json, lone)) : null;
    }

    /// <summary>The byte offset of the first lone surrogate escape, or -1 when there is none.</summary>
    public static int FirstLoneSurrogate(ReadOnlySpan<byte> json)
    {
        for (var i = json.IndexOf((byte)'\\'); i >= 0 && i + 1 < json.Length; i = Next(json, i))
        {
            if (json[i + 1] != (byte)'u' || !TryUnit(json, i + 2, out var unit))
            {
                continue;
            }

            if (char.IsLowSurrogate(unit))
            {
                return i;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (i + 8 <= json.Length && json[i + 6] == (byte)'\\' && json[i + 7] == (byte)'u' && TryUnit(json, i + 8, out var low) && char.IsLowSurrogate(low))
                {
                    i += 6;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>The 1-based line of a byte offset.</summary>
    private static int LineAt(ReadOnlySpan<byte> json, int offset) => json[..offset].Count((byte)'\n') + 1;

    private static string LoneSurrogate(ReadOnlySpan<byte> json, int offset) =>
        $"a JSON string holds the lone surrogate escape {System.Text.Encoding.ASCII.GetString(json.Slice(offset, 6))} at column {Column(json, offset)}: half of a UTF-16 pair, which is not text";

    private static int Column(ReadOnlySpan<byte> json, int offset) => offset - (json[..offset].LastIndexOf((byte)'\n') + 1) + 1;

    /// <summary>The next backslash after the escape at <paramref name="i"/> (its escaped character skipped, so <c>\\u</c> is no escape).</summary>
    private static int Next(ReadOnlySpan<byte> json, int i)
    {
        var from = i + 2;
        if (from >= json.Length)
        {
            return -1;
        }

        var next = json[from..].IndexOf((byte)'\\');
        return next < 0 ? -1 : from + next;
    }

    private static bool TryUnit(ReadOnlySpan<byte> json, int at, out char unit)
    {
        unit = default;
        if (at + 4 > json.Length)
        {
            return false;
        }

        var value = 0;
        foreach (var b in json.Slice(at, 4))
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            value = (value * 16) + digit;
        }

        unit = (char)value;
        return true;
    }
}
