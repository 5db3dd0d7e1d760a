using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FactStore.Cli.Arguments;

/// <summary><c>--known-at TIME</c>, which every reading command takes: answer as the store knew it then.</summary>
internal static class KnownAtArgument
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>A new <c>--known-at</c> option (or another name for the same kind of value, e.g. <c>--at</c>).</summary>
    public static Option<string> Create(string name = "--known-at") => new(name)
    {
        Description = "As the store knew it then: ISO 8601 date-time, UTC unless it has an offset; a date means its start (00:00Z)",
        HelpName = "TIME",
    };

    /// <summary>The moment given, or <see langword="null"/> for now; a text that is no ISO 8601 time is a usage error.</summary>
    public static DateTimeOffset? Parse(string? text, string option = "--known-at") =>
        text is null ? null
        : DateTimeOffset.TryParseExact(SevenFractionalDigits(text), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time
        : throw CliException.Usage($"{option}: '{text}' is not an ISO 8601 date-time; expected e.g. 2024-05-01T12:00:00Z or 2024-05-01");

    /// <summary>ISO 8601 allows any number of fractional digits; .NET reads up to seven, so the rest are dropped.</summary>
    /// <summary>The store as known at <paramref name="moment"/>, or the store itself when no moment was given.</summary>
    public static IFactStoreReader AsKnownAt(this IFactStoreReader store, DateTimeOffset? moment) =>
        moment is DateTimeOffset at ? store.AsKnownAt(at) : store;

    private static string SevenFractionalDigits(string text) =>
        Regex.Replace(text, @"(\.[0-9]{7})[0-9]+", "$1", RegexOptions.None, TimeSpan.FromSeconds(1));
}
