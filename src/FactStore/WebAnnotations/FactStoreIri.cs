using System.Text.RegularExpressions;

namespace FactStore.WebAnnotations;

/// <summary>
/// The IRIs FactStore writes into Web Annotations for its own records (<c>urn:factstore:fact:fct_…</c>) and the
/// vocabulary of its extension properties; the importer reads them back as record ids.
/// </summary>
internal static partial class FactStoreIri
{
    /// <summary>The namespace of the extension properties (<c>factstore:fact</c> expands to <c>urn:factstore:vocab:fact</c>).</summary>
    public const string Vocabulary = "urn:factstore:vocab:";

    /// <summary>The prefix of every extension property.</summary>
    public const string Prefix = "factstore:";

    public static string For(string kind, string id) => $"urn:factstore:{kind}:{id}";

    public static string Source(string id) => For("source", id);

    public static string Fact(string id) => For("fact", id);

    public static string Entity(string id) => For("entity", id);

    public static string Stance(string id) => For("stance", id);

    /// <summary>
    /// The record id an IRI names: <c>urn:factstore:source:src_…</c> or the bare id <c>src_…</c> for kind <c>source</c>
    /// (prefix <c>src</c>); <see langword="null"/> for any other IRI.
    /// </summary>
    public static string? IdOf(string? iri, string kind, string idPrefix)
    {
        if (string.IsNullOrWhiteSpace(iri))
        {
            return null;
        }

        var text = iri.Trim();
        var urn = $"urn:factstore:{kind}:";
        if (text.StartsWith(urn, StringComparison.Ordinal))
        {
            text = text[urn.Length..];
        }

        return text.StartsWith(idPrefix + "_", StringComparison.Ordinal) && IdPattern().IsMatch(text) ? text : null;
    }

    [GeneratedRegex("^[a-z]{3}_[0-9a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
