using System.Diagnostics.CodeAnalysis;

namespace FactStore;

public readonly partial record struct ValidityInterval
{
    /// <summary>
    /// The interval in EDTF interval form, <c>from/to</c>, with <c>..</c> for an open end; a point in time is written
    /// as its date alone.
    /// </summary>
    /// <returns>For example <c>2022-01/2022-01</c>, <c>2002/..</c> or, for a point in time, <c>2013-12-31</c>.</returns>
    public override string ToString() => IsPointInTime
        ? From!.Value.ToString()
        : $"{From?.ToString() ?? ".."}/{To?.ToString() ?? ".."}";

    /// <summary>Parses the form written by <see cref="ToString()"/>.</summary>
    /// <param name="s">The text: <c>from/to</c> with <c>..</c> for an open end, or a single date for a point in time.</param>
    /// <returns>The validity.</returns>
    /// <exception cref="FormatException">The text is not a validity; the message quotes it and says why.</exception>
    public static ValidityInterval Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var result, out var reason)
            ? result
            : throw new FormatException($"'{s}' is not a validity: {reason} Expected from/to with .. for an open end (2002/.., ../2021, 2022-01/2022-03), or a single date for a point in time (2013-12-31).");
    }

    /// <summary>Tries to parse the form written by <see cref="ToString()"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The validity, when the text is one.</param>
    /// <returns>Whether the text is a valid validity.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ValidityInterval result) => TryParse(s, out result, out _);

    private static bool TryParse(string? s, out ValidityInterval result, out string reason)
    {
        result = default;
        reason = "";
        if (s is null)
        {
            return false;
        }

        var parts = s.Split('/');
        if (parts.Length == 1)
        {
            var ok = PartialDate.TryParse(s, out var point);
            result = ok ? PointInTime(point) : default;
            reason = ok ? "" : "the point in time is not a partial date.";
            return ok;
        }

        if (parts.Length != 2)
        {
            reason = "it has more than one '/'.";
            return false;
        }

        if (!TryParseEnd(parts[0], out var from) || !TryParseEnd(parts[1], out var to))
        {
            reason = "each end is a partial date or '..'.";
            return false;
        }

        if (from?.EarliestDayNumber is long start && to?.LatestDayNumber is long end && end < start)
        {
            reason = $"it ends ({to}) before it starts ({from}).";
            return false;
        }

        result = new(from, to);
        return true;
    }

    private static bool TryParseEnd(string text, out PartialDate? date)
    {
        date = null;
        if (text == "..")
        {
            return true;
        }

        var ok = PartialDate.TryParse(text, out var parsed);
        date = parsed;
        return ok;
    }
}
