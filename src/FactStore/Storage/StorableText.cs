namespace FactStore.Storage;

/// <summary>
/// Text every engine stores whole: no NUL character (PostgreSQL refuses it, and C strings end at it) and no lone half
/// of a surrogate pair (it has no UTF-8 form, so it would be replaced or refused).
/// </summary>
internal static class StorableText
{
    /// <summary>What keeps a text from being stored faithfully, with where it is; null when nothing does.</summary>
    public static string? Problem(string text)
    {
        var span = text.AsSpan();
        var nul = span.IndexOf('\0');
        if (nul >= 0)
        {
            return $"a NUL character (U+0000) at character {nul}";
        }

        for (var at = span.IndexOfAnyInRange('\uD800', '\uDFFF'); at >= 0;)
        {
            if (char.IsHighSurrogate(span[at]) && at + 1 < span.Length && char.IsLowSurrogate(span[at + 1]))
            {
                var next = span[(at + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
                at = next < 0 ? -1 : at + 2 + next;
                continue;
            }

            return $"a lone surrogate U+{(int)span[at]:X4} at character {at}";
        }

        return null;
    }
}
