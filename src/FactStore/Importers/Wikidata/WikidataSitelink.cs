using System.Text;
using System.Text.RegularExpressions;

namespace FactStore.Importers.Wikidata;

/// <summary>Turns a Wikidata sitelink (<c>site</c>, <c>title</c>, optional <c>url</c>) into a locator.</summary>
/// <remarks>
/// The <c>url</c> the API gives (with <c>props=sitelinks/urls</c>) is used as it is. Without one, the URL is built for
/// Wikimedia wikis whose address follows from the site id: a Wikipedia (<c>dewiki</c> is <c>de.wikipedia.org</c>,
/// <c>zh_yuewiki</c> is <c>zh-yue.wikipedia.org</c>), a sister project of one language (<c>dewikivoyage</c>,
/// <c>enwikisource</c>, <c>frwiktionary</c>, …) and the multilingual wikis with a known host (<c>commonswiki</c>,
/// <c>specieswiki</c>, <c>metawiki</c>, …). Any other site is kept as <c>sitelink:site:title</c>, so nothing is guessed.
/// </remarks>
internal static partial class WikidataSitelink
{
    private static readonly Dictionary<string, string> SpecialHosts = new(StringComparer.Ordinal)
    {
        ["commonswiki"] = "commons.wikimedia.org",
        ["specieswiki"] = "species.wikimedia.org",
        ["metawiki"] = "meta.wikimedia.org",
        ["incubatorwiki"] = "incubator.wikimedia.org",
        ["outreachwiki"] = "outreach.wikimedia.org",
        ["wikimaniawiki"] = "wikimania.wikimedia.org",
        ["foundationwiki"] = "foundation.wikimedia.org",
        ["mediawikiwiki"] = "www.mediawiki.org",
        ["sourceswiki"] = "wikisource.org",
        ["wikidatawiki"] = "www.wikidata.org",
        ["wikifunctionswiki"] = "www.wikifunctions.org",
    };

    private static readonly Dictionary<string, string> Projects = new(StringComparer.Ordinal)
    {
        ["wiki"] = "wikipedia",
        ["wikivoyage"] = "wikivoyage",
        ["wikisource"] = "wikisource",
        ["wikiquote"] = "wikiquote",
        ["wikinews"] = "wikinews",
        ["wikibooks"] = "wikibooks",
        ["wikiversity"] = "wikiversity",
        ["wiktionary"] = "wiktionary",
    };

    /// <summary>The locator of a sitelink.</summary>
    /// <param name="site">The site id, e.g. <c>dewiki</c>.</param>
    /// <param name="title">The page title, e.g. <c>Bielefeld</c>.</param>
    /// <param name="url">The URL the input gives, if any.</param>
    public static ExternalId Locator(string site, string title, string? url)
    {
        if (url is not null && ExternalId.TryParse(url, out var given) && given.Scheme == "url")
        {
            return given;
        }

        return Host(site) is string host
            ? ExternalId.Create("url", $"https://{host}/wiki/{PathOf(title)}")
            : ExternalId.Create("sitelink", $"{site}:{title}");
    }

    private static string? Host(string site)
    {
        if (SpecialHosts.TryGetValue(site, out var special))
        {
            return special;
        }

        var match = SitePattern().Match(site);
        return match.Success && Projects.TryGetValue(match.Groups["project"].Value, out var project)
            ? $"{match.Groups["language"].Value.Replace('_', '-')}.{project}.org"
            : null;
    }

    /// <summary>A title as MediaWiki writes it in a URL: spaces as underscores, percent-encoded but for <c>/:,;@$!*()~</c>.</summary>
    private static string PathOf(string title)
    {
        var escaped = new StringBuilder(Uri.EscapeDataString(title.Trim().Replace(' ', '_')));
        foreach (var kept in "/:,;@$!*()~")
        {
            escaped.Replace(Uri.EscapeDataString(kept.ToString()), kept.ToString());
        }

        return escaped.ToString();
    }

    [GeneratedRegex("^(?<language>[a-z][a-z_]*?)(?<project>wiki|wikivoyage|wikisource|wikiquote|wikinews|wikibooks|wikiversity|wiktionary)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SitePattern();
}
