using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace FactStore;

/// <summary>
/// An identifier in another system, written <c>scheme:value</c>: a Wikidata item (<c>wikidata:Q2112</c>), a DOI
/// (<c>doi:10.1000/xyz</c>), a URL (<c>url:https://example.org/a</c>), a file name (<c>file:000.txt</c>), an ORCID, a
/// VIAF id. Entities carry them as <see cref="Entity.ExternalIds"/>, sources as <see cref="Source.Locators"/>.
/// </summary>
/// <remarks>
/// Values are normalized so that two spellings of one identifier compare equal: the scheme is lower case; a Wikidata id
/// is upper case (<c>q2112</c> is <c>Q2112</c>); a DOI is lower case without its resolver prefix; a URL has a lower-case
/// scheme and host and no fragment. Well-known schemes: <c>url</c>, <c>doi</c>, <c>isbn</c>, <c>issn</c>,
/// <c>wikidata</c>, <c>file</c>, <c>orcid</c>, <c>viaf</c>; any other lower-case scheme is kept as given.
/// </remarks>
public readonly partial record struct ExternalId
{
    private ExternalId(string scheme, string value)
    {
        Scheme = scheme;
        Value = value;
    }

    /// <summary>The scheme, e.g. <c>wikidata</c>, <c>doi</c>, <c>url</c>, <c>file</c>.</summary>
    public string Scheme => field ?? "";

    /// <summary>The identifier within its scheme, normalized.</summary>
    public string Value => field ?? "";

    /// <summary>Whether this is a real identifier rather than <c>default(ExternalId)</c>.</summary>
    public bool IsValid => Scheme.Length > 0;

    /// <summary>An identifier of a given scheme.</summary>
    /// <param name="scheme">The scheme: lower-case letters, digits, <c>+</c>, <c>-</c> or <c>.</c>, starting with a letter.</param>
    /// <param name="value">The identifier; normalized as the scheme requires.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">The scheme or value is blank or malformed.</exception>
    public static ExternalId Create(string scheme, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scheme);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        scheme = scheme.Trim().ToLowerInvariant();
        if (!SchemePattern().IsMatch(scheme))
        {
            throw new ArgumentException($"'{scheme}' is not a scheme: use lower-case letters, digits, '+', '-' or '.', starting with a letter.", nameof(scheme));
        }

        value = value.Trim();
        return new(scheme, scheme switch
        {
            "wikidata" => WikidataPattern().IsMatch(value)
                ? value.ToUpperInvariant()
                : throw new ArgumentException($"'{value}' is not a Wikidata id such as Q2112 or P17.", nameof(value)),
            "doi" => NormalizeDoi(value),
            "url" => NormalizeUrl(value) ?? throw new ArgumentException($"'{value}' is not an absolute http or https URL.", nameof(value)),
            _ => value,
        });
    }

    /// <summary>
    /// Reads <c>scheme:value</c>, a bare http(s) URL (a <c>doi.org</c> URL is a DOI; a Wikidata page or entity URL such
    /// as <c>https://www.wikidata.org/wiki/Q42</c> or <c>http://www.wikidata.org/entity/Q42</c> is <c>wikidata:Q42</c>),
    /// or a bare Wikidata id such as <c>Q2112</c>. Text without a scheme is a file name (<c>file:</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">The text is blank, or names a scheme whose value is malformed.</exception>
    public static ExternalId Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return TryParseQualified(text.Trim(), out var id) ? id : Create("file", text);
    }

    /// <summary>
    /// Reads text that is unmistakably an identifier: <c>scheme:value</c> with a known or well-formed scheme, an http(s)
    /// URL, or a bare Wikidata id. Unlike <see cref="Parse"/>, plain text is not taken as a file name.
    /// </summary>
    /// <param name="text">The text, e.g. a name typed by a user.</param>
    /// <param name="id">The identifier, when the text is one.</param>
    /// <returns>Whether the text is an identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ExternalId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            return TryParseQualified(text.Trim(), out id);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Reads a string as <see cref="Parse"/> does, so that lists of identifiers can be written as strings.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ExternalId(string text) => Parse(text);

    /// <summary>The identifier as <c>scheme:value</c>.</summary>
    /// <returns>For example <c>wikidata:Q2112</c>.</returns>
    public override string ToString() => IsValid ? Scheme + ":" + Value : "";

    private static bool TryParseQualified(string text, out ExternalId id)
    {
        id = default;
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var url = NormalizeUrl(text);
            if (url is null)
            {
                return false;
            }

            var uri = new Uri(url);
            id = uri.Host is "doi.org" or "dx.doi.org" ? Create("doi", url)
                : WikidataUrlId(uri) is string item ? Create("wikidata", item)
                : new("url", url);
            return true;
        }

        if (WikidataPattern().IsMatch(text))
        {
            id = Create("wikidata", text);
            return true;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2 || colon == text.Length - 1 || !SchemePattern().IsMatch(text[..colon].ToLowerInvariant()))
        {
            return false;
        }

        id = Create(text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <summary>The item, property or lexeme id of a Wikidata page or entity URL (<c>/wiki/Q42</c>, <c>/entity/Q42</c>, <c>/wiki/Property:P31</c>).</summary>
    private static string? WikidataUrlId(Uri uri)
    {
        if (uri.Host is not ("www.wikidata.org" or "wikidata.org" or "m.wikidata.org"))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        foreach (var prefix in (string[])["/wiki/Property:", "/wiki/Lexeme:", "/wiki/", "/entity/"])
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) && WikidataPattern().IsMatch(path[prefix.Length..]))
            {
                return path[prefix.Length..];
            }
        }

        return null;
    }

    private static string NormalizeDoi(string value)
    {
        foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[prefix.Length..];
                break;
            }
        }

        return value.ToLowerInvariant();
    }

    private static string? NormalizeUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var withoutFragment = value.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? value[..hash] : value;
        var authorityEnd = withoutFragment.IndexOf('/', uri.Scheme.Length + 3);
        var authority = authorityEnd < 0 ? withoutFragment : withoutFragment[..authorityEnd];
        var rest = authorityEnd < 0 ? "/" : withoutFragment[authorityEnd..];
        return authority.ToLowerInvariant() + rest;
    }

    [GeneratedRegex("^[a-z][a-z0-9+.-]*$")]
    private static partial Regex SchemePattern();

    [GeneratedRegex("^[QqPpLl][1-9][0-9]*$")]
    private static partial Regex WikidataPattern();
}
